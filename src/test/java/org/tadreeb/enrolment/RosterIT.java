package org.tadreeb.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadreeb.testing.InContainer.bean;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tadreeb.cohort.CohortDetails;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.cohort.MeetingDetails;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.WebClient;

/**
 * What the roster page relies on, on the real database: moving a trainee to another cohort of the course in one
 * transaction (the source's waiting list moves up; a refusing target changes nothing, promotion included);
 * nominating pasted numbers, each answered on its own without stopping at a refusal; the CSV export; and who may
 * open the roster. The methods run in order: the first prepares what the others use.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RosterIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.tadreeb().addClass(TestEnrolments.class);
    }

    @ArquillianResource
    URL deploymentUrl;

    private static void openCohort(String code, int daysAhead, int seats) {
        CohortService cohorts = bean(CohortService.class);
        LocalDate start = bean(CentreClock.class).today().plusDays(daysAhead);
        cohorts.plan(new CohortDetails(code, "CP101", start, start.plusDays(5), "CAP-R1", seats, null, start.minusDays(1),
                false, List.of("instructor")));
        cohorts.addMeeting(code, new MeetingDetails(start, LocalTime.of(9, 0), LocalTime.of(12, 0), null, null));
        cohorts.open(code);
    }

    private static EnrolmentStatus statusIn(String cohort, String number) {
        return bean(EnrolmentService.class).statusOf(cohort, number).orElseThrow().status();
    }

    @Test
    @Order(1)
    void prepare() {
        openCohort("CP101-M1", 200, 2);
        openCohort("CP101-M2", 210, 1);
        openCohort("CP101-M3", 220, 1);
        openCohort("CP101-N1", 230, 2);
        TestEnrolments people = bean(TestEnrolments.class);
        for (int i = 1; i <= 5; i++) {
            people.createTrainee("MOVE-00" + i, "Mover " + i, null, "CPD-CAP");
        }
        for (int i = 1; i <= 3; i++) {
            people.createTrainee("NOM-00" + i, "Nominee " + i, null, "CPD-CAP");
        }
        people.createTrainee("ROSTER-1", "Roster One", null, "CPD-CAP");
    }

    @Test
    @Order(2)
    void aMoveWithdrawsFromOneCohortAndEnrolsInTheOtherAndTheSourceWaitingListMovesUp() {
        EnrolmentService service = bean(EnrolmentService.class);
        service.enrolByAdministrator("CP101-M1", "MOVE-001", "admin");
        service.enrolByAdministrator("CP101-M1", "MOVE-002", "admin");
        assertEquals(EnrolmentStatus.WAITLISTED, service.enrolByAdministrator("CP101-M1", "MOVE-003", "admin").status());

        EnrolmentOutcome moved = service.move("CP101-M1", "MOVE-001", "CP101-M2", "admin");

        assertEquals("CP101-M2", moved.cohortCode());
        assertEquals(EnrolmentStatus.ENROLLED, moved.status());
        assertEquals(EnrolmentStatus.WITHDRAWN, statusIn("CP101-M1", "MOVE-001"));
        assertEquals(EnrolmentStatus.ENROLLED, statusIn("CP101-M1", "MOVE-003"), "the freed seat went to the next in line");

        EnrolmentOutcome full = service.move("CP101-M1", "MOVE-002", "CP101-M2", "admin");
        assertEquals(EnrolmentStatus.WAITLISTED, full.status(), "a full target puts the trainee on its waiting list");
        assertEquals(1, full.waitlistPosition());
    }

    @Test
    @Order(3)
    void aMoveTheTargetRefusesChangesNothingNotEvenThePromotion() {
        EnrolmentService service = bean(EnrolmentService.class);
        service.enrolByAdministrator("CP101-M3", "MOVE-004", "admin");
        assertEquals(EnrolmentStatus.WAITLISTED, service.enrolByAdministrator("CP101-M3", "MOVE-005", "admin").status());
        // MOVE-004 already finished a cohort of M1's: the target refuses only after the withdrawal from M3 was made.
        bean(TestEnrolments.class).place("CP101-M1", "MOVE-004", EnrolmentStatus.COMPLETED);

        BusinessException refused = assertThrows(BusinessException.class,
                () -> service.move("CP101-M3", "MOVE-004", "CP101-M1", "admin"));
        assertEquals("enrolment.error.alreadyFinished", refused.messageKey());
        assertEquals(EnrolmentStatus.ENROLLED, statusIn("CP101-M3", "MOVE-004"));
        assertEquals(EnrolmentStatus.WAITLISTED, statusIn("CP101-M3", "MOVE-005"), "no promotion survived the refusal");

        BusinessException otherCourse = assertThrows(BusinessException.class,
                () -> service.move("CP101-M3", "MOVE-004", "CP310-A", "admin"));
        assertEquals("enrolment.error.moveOtherCourse", otherCourse.messageKey());
        BusinessException finished = assertThrows(BusinessException.class,
                () -> service.move("CP101-M3", "MOVE-004", "CP101-0", "admin"));
        assertEquals("enrolment.error.notOpen", finished.messageKey());
        assertEquals(EnrolmentStatus.WAITLISTED, service.enrolByAdministrator("CP101-M3", "MOVE-003", "admin").status());
        BusinessException already = assertThrows(BusinessException.class,
                () -> service.move("CP101-M1", "MOVE-003", "CP101-M3", "admin"));
        assertEquals("enrolment.error.alreadyInCohort", already.messageKey());
        assertEquals(EnrolmentStatus.ENROLLED, statusIn("CP101-M1", "MOVE-003"));
        assertEquals(EnrolmentStatus.ENROLLED, statusIn("CP101-M3", "MOVE-004"));
    }

    @Test
    @Order(4)
    void nominationsAnswerEveryNumberAndDoNotStopAtARefusal() {
        List<Nominations.Result> results = bean(Nominations.class).nominate("CP101-N1",
                "NOM-001, NOM-002\nNO-SUCH-9\r\n  nom-003 ;nom-001\n\n", "admin", Language.ENGLISH);

        assertEquals(List.of("NOM-001", "NOM-002", "NO-SUCH-9", "NOM-003"),
                results.stream().map(Nominations.Result::serviceNumber).toList(), "in order, repeats dropped");
        assertEquals(EnrolmentStatus.ENROLLED, results.get(0).outcome().status());
        assertEquals(EnrolmentStatus.ENROLLED, results.get(1).outcome().status());
        assertTrue(results.get(2).refused());
        assertEquals(Messages.text(Language.ENGLISH, "person.error.notFound", "NO-SUCH-9"), results.get(2).refusal());
        assertEquals(EnrolmentStatus.WAITLISTED, results.get(3).outcome().status(), "the refusal did not stop the rest");
        assertEquals(1, results.get(3).outcome().waitlistPosition());
        assertNull(results.get(3).refusal());
        assertEquals(EnrolmentStatus.ENROLLED, statusIn("CP101-N1", "NOM-002"), "each accepted number was committed");

        List<Nominations.Result> again = bean(Nominations.class).nominate("CP101-N1", "NOM-001", "admin", Language.ARABIC);
        assertEquals(EnrolmentStatus.ENROLLED, again.get(0).outcome().status());
        assertEquals(false, again.get(0).outcome().changed(), "nominating twice changes nothing");

        String tooMany = IntStream.rangeClosed(1, Nominations.MAX_NUMBERS + 1).mapToObj(i -> "X-" + i)
                .collect(Collectors.joining(","));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> bean(Nominations.class).nominate("CP101-N1", tooMany, "admin", Language.ENGLISH));
        assertEquals("roster.nominate.error.tooMany", refused.messageKey());
    }

    @Test
    @Order(5)
    @RunAsClient
    void onlyAdministratorsOpenTheRosterAndAnUnknownCohortIsNotFound() {
        WebClient trainee = new WebClient(deploymentUrl);
        trainee.signIn(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password);
        assertEquals(403, trainee.get("admin/cohorts/roster.xhtml?code=CP205-A").statusCode());
        assertEquals(403, trainee.get("admin/cohorts/roster.csv?code=CP205-A").statusCode());

        WebClient admin = new WebClient(deploymentUrl).acceptLanguage("en");
        admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        assertEquals(200, admin.get("admin/cohorts/roster.xhtml?code=CP205-A").statusCode());
        assertEquals(404, admin.get("admin/cohorts/roster.xhtml?code=NO-SUCH").statusCode());
        assertEquals(404, admin.get("admin/cohorts/roster.csv?code=NO-SUCH").statusCode());
    }

    @Test
    @Order(6)
    @RunAsClient
    void theCsvExportHasAByteOrderMarkAndTheArabicNames() {
        // The demo administrator prefers Arabic: headings and statuses come in Arabic.
        Language arabic = Language.ARABIC;
        WebClient admin = new WebClient(deploymentUrl);
        admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        HttpResponse<String> csv = admin.get("admin/cohorts/roster.csv?code=CP101-N1");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("\uFEFF" + Messages.text(arabic, "person.serviceNumber") + ","), lines[0]);
        assertEquals(4, lines.length, csv.body());
        String enrolled = Messages.text(arabic, "enrolment.status.ENROLLED");
        String waitlisted = Messages.text(arabic, "enrolment.status.WAITLISTED");
        String general = Messages.text(arabic, "roster.pool.general");
        assertTrue(lines[1].startsWith("NOM-001,متدرب Nominee 1,Nominee 1,CPD-CAP," + enrolled + "," + general + ",,"), lines[1]);
        assertTrue(lines[3].startsWith("NOM-003,متدرب Nominee 3,Nominee 3,CPD-CAP," + waitlisted + "," + general + ",1,"), lines[3]);
    }
}
