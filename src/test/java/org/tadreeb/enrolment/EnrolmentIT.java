package org.tadreeb.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadreeb.testing.InContainer.bean;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.tadreeb.certificates.TestCertificates;
import org.tadreeb.cohort.CohortDetails;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.cohort.MeetingDetails;
import org.tadreeb.people.AccountService;
import org.tadreeb.people.OrganisationType;
import org.tadreeb.people.Role;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.platform.mail.MailKind;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.SharedDeployment;
import org.tadreeb.testing.TestAccounts;
import org.tadreeb.testing.TestCourses;
import org.tadreeb.testing.TestDatabase;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.TestMailbox;
import org.tadreeb.testing.WebClient;

/**
 * Enrolment and the roster on the real database, in one deployment (with a mailbox to read what trainees are sent).
 * <p>
 * Enrolment: two hundred simultaneous requests for thirty seats fill exactly thirty and queue the rest in order; a
 * resent request changes nothing; five withdrawals promote exactly the first five in line, who are told by e-mail;
 * approval, quotas by kind of organisation, prerequisites, the enrolment window and the "starts tomorrow" reminder;
 * partner nominations; every message in the trainee's language, and an SMTP outage.
 * <p>
 * What the roster page relies on: moving a trainee to another cohort of the course in one transaction (the source's
 * waiting list moves up; a refusing target changes nothing, promotion included); nominating pasted numbers, each
 * answered on its own without stopping at a refusal; the CSV export; and who may open the roster.
 * <p>
 * The methods run in order: in-container ones prepare what the client ones ask for. The enrolment methods (1 to 13)
 * and the roster methods (21 to 26) each have cohorts and trainees of their own, so neither half depends on or
 * disturbs the other.
 * <p>
 * The class shares its server, database and mailbox with every other test class (SharedDeployment), in any order.
 * Everything it uses is its own: courses ENR1 (like CP101) and ENR2 (like CP205, which requires CP101), the hall
 * ENR-HALL, cohorts ENR-... without an instructor (so no other class's meetings can clash with them), trainees and
 * accounts ENR-... / enr-... / enr.... with addresses enr....@example.org, an administrator of its own for the
 * Arabic export. Only the demo administrator and coordinator tokens are borrowed, for API calls whose answers do
 * not depend on their language.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnrolmentIT {

    private static final int SEATS = 30;
    private static final int CROWD = 200;
    private static final int LEAVING = 5;
    /** A trainee of this class's own (the demo trainees gather enrolments in other classes), in CPD-CAP. */
    private static final String TRAINEE_NUMBER = "ENR-SELF";
    private static final String TRAINEE_USERNAME = "enr.self";
    /** A trainee of this class's own who has completed nothing. */
    private static final String FRESH_USERNAME = "enr.fresh";
    /** This class's courses: one like CP101, one like CP205 (which requires CP101). */
    private static final String COURSE = "ENR1";
    private static final String LATER_COURSE = "ENR2";
    /** This class's hall: its cohorts meet there and have no instructor, so nobody else's meetings clash with them. */
    private static final String HALL = "ENR-HALL";

    /** A {@link TestMailbox}, typed loosely: this class is also loaded inside the server, where GreenMail is absent. */

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.archive();
    }

    @ArquillianResource
    URL deploymentUrl;

    private static LocalDate today() {
        return bean(CentreClock.class).today();
    }

    /** An open cohort of this class's course like CP101, with one meeting in its hall and no instructor. */
    private static void openCohort(String code, int daysAhead, int seats, boolean approval) {
        bean(EnrolmentTestData.class).cohort(code, COURSE, daysAhead, HALL, seats, approval, true);
    }

    private static List<JsonObject> enrolmentsOf(WebClient client, String token, String cohort) {
        return WebClient.json(client.get("api/v1/cohorts/" + cohort + "/enrolments", token)).asJsonArray().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static String number(int i) {
        return String.format("ENR-SEAT-%03d", i);
    }

    private static int seatOf(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }

    private static String seatAddress(int i) {
        return "enr.seat" + i + "@example.org";
    }

    @Test
    @Order(1)
    void prepare() {
        TestCourses courses = bean(TestCourses.class);
        courses.copyOf("CP101", COURSE);
        courses.copyOf("CP205", LATER_COURSE);
        bean(EnrolmentTestData.class).venue(HALL);
        openCohort("ENR-C", 100, SEATS, false);
        openCohort("ENR-D", 110, 5, true);
        // A cohort of the other course, for moves that must be refused.
        bean(EnrolmentTestData.class).cohort("ENR-E2", LATER_COURSE, 112, HALL, 10, false, true);
        // The own trainee is in a cohort that has started, to be refused a withdrawal from it.
        bean(EnrolmentTestData.class).instructor("ENR-INS", "enr.instructor", COURSE);
        bean(EnrolmentTestData.class).startedCohort("ENR-S", COURSE, HALL, "enr.instructor");
        TestAccounts accounts = bean(TestAccounts.class);
        // (TestAccounts.open, which is transactional; its shorthand trainee(...) calls it on itself, outside a transaction.)
        accounts.open(TRAINEE_NUMBER, TRAINEE_USERNAME, "Enrolment Self", "enr.self@example.org", Language.ENGLISH,
                "CPD-CAP", Set.of(Role.TRAINEE));
        accounts.open("ENR-FRESH", FRESH_USERNAME, "Enrolment Fresh", "enr.fresh@example.org", Language.ENGLISH,
                "CPD-CAP", Set.of(Role.TRAINEE));
        TestEnrolments people = bean(TestEnrolments.class);
        people.place("ENR-S", TRAINEE_NUMBER, EnrolmentStatus.ENROLLED);
        for (int i = 1; i <= CROWD; i++) {
            people.createTrainee(number(i), "Trainee " + i, i <= 12 ? seatAddress(i) : null, "CPD-CAP");
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void twoHundredSimultaneousRequestsFillExactlyTheSeatsAndQueueTheRestInOrder() throws Exception {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = client.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 1; i <= CROWD; i++) {
            String body = "{\"serviceNumber\":\"" + number(i) + "\"}";
            answers.add(pool.submit(() -> {
                start.await();
                return client.post("api/v1/cohorts/ENR-C/enrolments", admin, "application/json",
                        body.getBytes(StandardCharsets.UTF_8));
            }));
        }
        start.countDown();
        List<JsonObject> outcomes = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertEquals(201, response.statusCode(), response.body());
            outcomes.add(WebClient.json(response).asJsonObject());
        }
        pool.shutdown();
        Map<String, Long> byStatus = outcomes.stream().collect(Collectors.groupingBy(o -> o.getString("status"), Collectors.counting()));
        assertEquals(Map.of("ENROLLED", (long) SEATS, "WAITLISTED", (long) (CROWD - SEATS)), byStatus);
        Set<Integer> places = outcomes.stream().filter(o -> o.containsKey("waitlistPosition"))
                .map(o -> o.getInt("waitlistPosition")).collect(Collectors.toSet());
        assertEquals(IntStream.rangeClosed(1, CROWD - SEATS).boxed().collect(Collectors.toSet()), places,
                "each waiting trainee has their own place");

        JsonArray roster = WebClient.json(client.get("api/v1/cohorts/ENR-C/enrolments", admin)).asJsonArray();
        assertEquals(CROWD, roster.size());
        assertEquals(SEATS, roster.stream().filter(e -> e.asJsonObject().getString("status").equals("ENROLLED")).count());
        assertEquals(1, roster.getJsonObject(SEATS).getInt("waitlistPosition"), "the roster lists the enrolled, then the queue");

        HttpResponse<String> again = client.post("api/v1/cohorts/ENR-C/enrolments", admin, "application/json",
                ("{\"serviceNumber\":\"" + number(1) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, again.statusCode(), "asking again changes nothing: " + again.body());
    }

    @Test
    @Order(3)
    @RunAsClient
    void withdrawalsPromoteExactlyTheFirstInLineWhoAreToldByMail() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = client.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        JsonArray roster = WebClient.json(client.get("api/v1/cohorts/ENR-C/enrolments", admin)).asJsonArray();
        List<String> leaving = IntStream.range(0, LEAVING).mapToObj(i -> roster.getJsonObject(i).getString("serviceNumber")).toList();
        List<String> firstInLine = IntStream.range(SEATS, SEATS + LEAVING)
                .mapToObj(i -> roster.getJsonObject(i).getString("serviceNumber")).toList();
        String next = roster.getJsonObject(SEATS + LEAVING).getString("serviceNumber");
        assertEquals(LEAVING + 1, roster.getJsonObject(SEATS + LEAVING).getInt("waitlistPosition"));

        for (String number : leaving) {
            HttpResponse<String> withdrawn = client.delete("api/v1/cohorts/ENR-C/enrolments/" + number, admin);
            assertEquals(200, withdrawn.statusCode(), withdrawn.body());
            assertEquals("WITHDRAWN", WebClient.json(withdrawn).asJsonObject().getString("status"));
        }

        Map<String, JsonObject> after = WebClient.json(client.get("api/v1/cohorts/ENR-C/enrolments", admin)).asJsonArray()
                .stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(e -> e.getString("serviceNumber"), e -> e));
        Set<String> enrolled = after.values().stream().filter(e -> e.getString("status").equals("ENROLLED"))
                .map(e -> e.getString("serviceNumber")).collect(Collectors.toSet());
        assertTrue(enrolled.containsAll(firstInLine), "the first five in line got the seats");
        assertEquals(SEATS, after.values().stream().filter(e -> e.getString("status").equals("ENROLLED")).count());
        assertEquals(1, after.get(next).getInt("waitlistPosition"), "and everyone behind moved up");
        Set<Integer> places = after.values().stream().filter(e -> e.containsKey("waitlistPosition"))
                .map(e -> e.getInt("waitlistPosition")).collect(Collectors.toSet());
        assertEquals(IntStream.rangeClosed(1, CROWD - SEATS - LEAVING).boxed().collect(Collectors.toSet()), places);

        for (String number : firstInLine) {
            int withMail = seatOf(number);
            if (withMail <= 12) {
                String message = TestMailbox.awaitText(SharedDeployment.mailbox(), seatAddress(withMail),
                        text -> text.contains("ENR-C") && text.contains("moved from the waiting list"));
                assertTrue(message.contains("Trainee " + withMail), message);
            }
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void aResentRequestChangesNothingAndApprovalDecides() throws Exception {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String trainee = client.issueToken(TRAINEE_USERNAME, TestAccounts.PASSWORD);
        String admin = client.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> clicks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clicks.add(pool.submit(() -> client.post("api/v1/cohorts/ENR-D/enrolments", trainee, "application/json", new byte[0])));
        }
        int created = 0;
        for (Future<HttpResponse<String>> click : clicks) {
            HttpResponse<String> response = click.get();
            assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.body());
            assertEquals("REQUESTED", WebClient.json(response).asJsonObject().getString("status"));
            created += response.statusCode() == 201 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, created, "eight clicks, one request");
        assertEquals(1, WebClient.json(client.get("api/v1/cohorts/ENR-D/enrolments", admin)).asJsonArray().size());

        assertEquals(403, client.post("api/v1/cohorts/ENR-D/enrolments/" + TRAINEE_NUMBER + "/approve",
                trainee, "application/json", new byte[0]).statusCode(), "a trainee cannot approve");
        HttpResponse<String> noReason = client.post("api/v1/cohorts/ENR-D/enrolments/" + TRAINEE_NUMBER
                + "/decline", admin, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, noReason.statusCode(), noReason.body());
        HttpResponse<String> approved = client.post("api/v1/cohorts/ENR-D/enrolments/" + TRAINEE_NUMBER
                + "/approve", admin, "application/json", new byte[0]);
        assertEquals("ENROLLED", WebClient.json(approved).asJsonObject().getString("status"), approved.body());
        assertEquals("ENROLLED", WebClient.json(client.get("api/v1/cohorts/ENR-D/enrolments/me", trainee))
                .asJsonObject().getString("status"));

        HttpResponse<String> started = client.delete("api/v1/cohorts/ENR-S/enrolments/me", trainee);
        assertEquals(409, started.statusCode());
        assertTrue(WebClient.problem(started).getString("detail").contains("started on"), started.body());
        HttpResponse<String> left = client.delete("api/v1/cohorts/ENR-D/enrolments/me", trainee);
        assertEquals("WITHDRAWN", WebClient.json(left).asJsonObject().getString("status"), left.body());
        assertEquals(401, new WebClient(deploymentUrl).post("api/v1/cohorts/ENR-D/enrolments", null,
                "application/json", new byte[0]).statusCode());

        // Someone still waiting in ENR-C (who withdrew there depends on the order the requests arrived in).
        String waiting = WebClient.json(client.get("api/v1/cohorts/ENR-C/enrolments", admin)).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("status").equals("WAITLISTED"))
                .map(e -> e.getString("serviceNumber")).reduce((first, last) -> last).orElseThrow();
        byte[] toD = "{\"toCohort\":\"ENR-D\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(403, client.post("api/v1/cohorts/ENR-C/enrolments/" + waiting + "/move", trainee,
                "application/json", toD).statusCode(), "a trainee cannot move anyone");
        HttpResponse<String> moved = client.post("api/v1/cohorts/ENR-C/enrolments/" + waiting + "/move", admin,
                "application/json", toD);
        assertEquals("ENROLLED", WebClient.json(moved).asJsonObject().getString("status"), moved.body());
        assertEquals("ENR-D", WebClient.json(moved).asJsonObject().getString("cohort"));
        HttpResponse<String> otherCourse = client.post("api/v1/cohorts/ENR-D/enrolments/" + waiting + "/move", admin,
                "application/json", "{\"toCohort\":\"ENR-E2\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(409, otherCourse.statusCode(), otherCourse.body());
        assertEquals("ENROLLED", WebClient.json(client.get("api/v1/cohorts/ENR-D/enrolments", admin)).asJsonArray()
                .stream().map(JsonValue::asJsonObject).filter(e -> e.getString("serviceNumber").equals(waiting))
                .findFirst().orElseThrow().getString("status"), "a refused move changes nothing");
    }

    @Test
    @Order(5)
    void quotasKeepPartnersSeatsAndEachHasItsOwnQueue() {
        CohortService cohorts = bean(CohortService.class);
        openCohort("ENR-Q", 120, 4, false);
        Map<OrganisationType, Integer> shares = new EnumMap<>(OrganisationType.class);
        shares.put(OrganisationType.POLICE_UNIT, 2);
        shares.put(OrganisationType.COMMUNITY_ORGANISATION, 1);
        cohorts.reserveSeats("ENR-Q", shares, today().plusDays(115));
        TestEnrolments people = bean(TestEnrolments.class);
        people.createTrainee("ENR-COM-1", "Community 1", null, "CSO-YOUTH");
        people.createTrainee("ENR-COM-2", "Community 2", null, "CSO-YOUTH");
        people.createTrainee("ENR-GOV-1", "Government 1", null, "GOV-EDU");
        EnrolmentRequests enrolments = bean(EnrolmentRequests.class);
        List<EnrolmentOutcome> police = IntStream.rangeClosed(1, 4)
                .mapToObj(i -> enrolments.enrolByAdministrator("ENR-Q", number(i), "admin")).toList();
        assertEquals(List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.ENROLLED, EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED),
                police.stream().map(EnrolmentOutcome::status).toList(), "two police seats, then the one general seat");
        assertEquals(EnrolmentStatus.ENROLLED, enrolments.enrolByAdministrator("ENR-Q", "ENR-COM-1", "admin").status(),
                "the community seat was kept for them");
        EnrolmentOutcome community = enrolments.enrolByAdministrator("ENR-Q", "ENR-COM-2", "admin");
        EnrolmentOutcome government = enrolments.enrolByAdministrator("ENR-Q", "ENR-GOV-1", "admin");
        assertEquals(1, police.get(3).waitlistPosition());
        assertEquals(1, community.waitlistPosition(), "each quota has its own queue");
        assertEquals(1, government.waitlistPosition());

        BusinessException tooMany = assertThrows(BusinessException.class, () -> cohorts.reserveSeats("ENR-Q",
                Map.of(OrganisationType.POLICE_UNIT, 5), null));
        assertEquals("cohort.error.quotasAboveSeats", tooMany.messageKey());

        // One more general seat: it goes to the first in line who may take a general seat — the fourth officer.
        var view = bean(org.tadreeb.cohort.CohortDirectory.class).view("ENR-Q").orElseThrow();
        cohorts.revise("ENR-Q", new CohortDetails("ENR-Q", COURSE, view.row().startsOn(), view.row().endsOn(),
                HALL, 5, null, view.enrolmentClosesOn(), false, List.of()));
        EnrolmentLookup lookup = bean(EnrolmentLookup.class);
        assertEquals(EnrolmentStatus.ENROLLED, lookup.statusOf("ENR-Q", number(4)).orElseThrow().status());
        assertEquals(EnrolmentStatus.WAITLISTED, lookup.statusOf("ENR-Q", "ENR-GOV-1").orElseThrow().status());
    }

    @Test
    @Order(6)
    void theReasonForARefusalIsNamed() {
        EnrolmentRequests enrolments = bean(EnrolmentRequests.class);
        CohortService cohorts = bean(CohortService.class);
        LocalDate start = today().plusDays(130);
        cohorts.plan(new CohortDetails("ENR-P", LATER_COURSE, start, start.plusDays(3), HALL, 10, null, null, false,
                List.of()));
        cohorts.addMeeting("ENR-P", new MeetingDetails(start, LocalTime.of(9, 0), LocalTime.of(12, 0), null, null));
        BusinessException notOpen = assertThrows(BusinessException.class, () -> enrolments.requestForSelf("ENR-P", FRESH_USERNAME));
        assertEquals("Cohort ENR-P is not open for enrolment (it is “Planned”).",
                Messages.text(Language.ENGLISH, notOpen.messageKey(), notOpen.arguments()));
        cohorts.open("ENR-P");
        BusinessException prerequisite = assertThrows(BusinessException.class, () -> enrolments.requestForSelf("ENR-P", FRESH_USERNAME));
        assertEquals(409, prerequisite.httpStatus());
        String text = Messages.text(Language.ENGLISH, prerequisite.messageKey(), prerequisite.arguments());
        assertTrue(text.contains("CP101") && text.contains("Community Policing"), text);

        // A completed cohort of CP101 of this class's own (the demo's CP101-0 is counted by other classes), recent
        // enough for its completion to count (a day no other class puts the demo instructor on).
        bean(TestCertificates.class).completedCohort("ENR-DONE", "CP101", 47);
        bean(TestEnrolments.class).createTrainee("ENR-DONE-1", "Done One", null, "CPD-CAP");
        bean(TestEnrolments.class).place("ENR-DONE", "ENR-DONE-1", EnrolmentStatus.COMPLETED);
        assertEquals(EnrolmentStatus.ENROLLED, enrolments.enrolByAdministrator("ENR-P", "ENR-DONE-1", "admin").status(),
                "a completed prerequisite lets them in");

        LocalDate crowded = today().plusDays(102);
        cohorts.plan(new CohortDetails("ENR-V", COURSE, crowded, crowded.plusDays(2), HALL, 10, null, null, false,
                List.of()));
        String stillWaiting = IntStream.rangeClosed(1, CROWD).mapToObj(EnrolmentIT::number)
                .filter(n -> bean(EnrolmentLookup.class).statusOf("ENR-C", n).map(o -> o.status() == EnrolmentStatus.WAITLISTED).orElse(false))
                .reduce((first, last) -> last).orElseThrow();
        BusinessException overlapping = assertThrows(BusinessException.class,
                () -> enrolments.enrolByAdministrator("ENR-V", stillWaiting, "admin"));
        assertEquals("enrolment.error.overlappingCohort", overlapping.messageKey());
        assertEquals("ENR-C", overlapping.arguments()[0], "the waiting list counts: they may still get a seat there");
    }

    @Test
    @Order(7)
    void traineesAreRemindedTheDayBeforeOnce() {
        LocalDate tomorrow = today().plusDays(1);
        CohortService cohorts = bean(CohortService.class);
        cohorts.plan(new CohortDetails("ENR-T", COURSE, tomorrow, tomorrow.plusDays(2), HALL, 10, null, null,
                false, List.of()));
        cohorts.addMeeting("ENR-T", new MeetingDetails(tomorrow, LocalTime.of(19, 0), LocalTime.of(21, 0), null, null));
        bean(TestEnrolments.class).createTrainee("ENR-REM-1", "Reminded One", REMINDED, "CPD-NOR");
        bean(TestEnrolments.class).place("ENR-T", "ENR-REM-1", EnrolmentStatus.ENROLLED);
        // The round covers every cohort starting tomorrow, other classes' too: only this trainee's mail is read.
        assertTrue(bean(EnrolmentRounds.class).run() >= 1);
        assertEquals(0, bean(StartReminders.class).remindStartingTomorrow("ENR-T"), "never twice");
    }

    private static final String REMINDED = "enr.reminded@example.org";

    @Test
    @Order(8)
    @RunAsClient
    void theReminderArrives() {
        String text = TestMailbox.awaitText(SharedDeployment.mailbox(), REMINDED, t -> t.contains("ENR-T"));
        assertTrue(text.contains(" 19:00"), "the first meeting's time: " + text);
        assertEquals(1, TestMailbox.countTo(SharedDeployment.mailbox(), REMINDED));
    }

    // ---- partner nominations --------------------------------------------------------------------------------

    @Test
    @Order(9)
    void prepareNominations() {
        openCohort("ENR-N", 140, 10, false);
        openCohort("ENR-X", 150, 10, false);
        bean(CohortService.class).acceptNominations("ENR-X", false);
        bean(TestEnrolments.class).createTrainee("ENR-EDU-1", "Teacher One", TEACHER, "GOV-EDU");
    }

    private static final String TEACHER = "enr.teacher1@example.org";

    @Test
    @Order(10)
    @RunAsClient
    void coordinatorsNominateTheirOwnPeopleOnlyAndTheCentreApproves() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String coordinator = client.issueToken(DemoAccounts.COORDINATOR.username, DemoAccounts.COORDINATOR.password);
        String admin = client.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        byte[] teacher = "{\"serviceNumber\":\"ENR-EDU-1\"}".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> nominated = client.post("api/v1/cohorts/ENR-N/enrolments", coordinator, "application/json", teacher);
        assertEquals(201, nominated.statusCode(), nominated.body());
        assertEquals("REQUESTED", WebClient.json(nominated).asJsonObject().getString("status"),
                "a nomination waits for the centre, though the cohort itself needs no approval");
        assertEquals(200, client.post("api/v1/cohorts/ENR-N/enrolments", coordinator, "application/json", teacher)
                .statusCode(), "nominating twice changes nothing");

        HttpResponse<String> someoneElses = client.post("api/v1/cohorts/ENR-N/enrolments", coordinator,
                "application/json", ("{\"serviceNumber\":\"" + TRAINEE_NUMBER + "\"}").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> unknown = client.post("api/v1/cohorts/ENR-N/enrolments", coordinator,
                "application/json", "{\"serviceNumber\":\"NOBODY-9\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(409, someoneElses.statusCode(), someoneElses.body());
        assertEquals("No one with service number " + TRAINEE_NUMBER + " belongs to Directorate of Education.",
                WebClient.problem(someoneElses).getString("detail"));
        assertEquals(409, unknown.statusCode());
        assertEquals("No one with service number NOBODY-9 belongs to Directorate of Education.",
                WebClient.problem(unknown).getString("detail"), "another organisation's person and nobody look alike");
        assertTrue(enrolmentsOf(client, admin, "ENR-N").stream().noneMatch(e -> e.getString("serviceNumber").equals(TRAINEE_NUMBER)));

        HttpResponse<String> closed = client.post("api/v1/cohorts/ENR-X/enrolments", coordinator, "application/json", teacher);
        assertEquals(409, closed.statusCode());
        assertEquals("Cohort ENR-X does not take nominations at the moment.", WebClient.problem(closed).getString("detail"));
        assertEquals(403, client.get("api/v1/cohorts/ENR-N/enrolments", coordinator).statusCode(),
                "the roster is the centre's");
        assertEquals(403, client.post("api/v1/cohorts/ENR-N/enrolments/ENR-EDU-1/approve", coordinator,
                "application/json", new byte[0]).statusCode(), "a coordinator cannot approve");

        JsonObject request = enrolmentsOf(client, admin, "ENR-N").stream()
                .filter(e -> e.getString("serviceNumber").equals("ENR-EDU-1")).findFirst().orElseThrow();
        assertEquals("coordinator", request.getString("requestedBy"));
        assertEquals("ENROLLED", WebClient.json(client.post("api/v1/cohorts/ENR-N/enrolments/ENR-EDU-1/approve", admin,
                "application/json", new byte[0])).asJsonObject().getString("status"));

        List<JsonObject> ours = WebClient.json(client.get("api/v1/partner/enrolments", coordinator)).asJsonArray()
                .stream().map(JsonValue::asJsonObject).toList();
        assertTrue(ours.stream().anyMatch(e -> e.getString("serviceNumber").equals("ENR-EDU-1")
                && e.getString("cohort").equals("ENR-N") && e.getString("status").equals("ENROLLED")), ours.toString());
        // Other classes add people to the Directorate too: everyone listed is one of its people, as the centre sees it.
        Set<String> education = WebClient.json(client.get("api/v1/trainees?organisation=GOV-EDU&size=200", admin))
                .asJsonObject().getJsonArray("items").stream()
                .map(p -> p.asJsonObject().getString("serviceNumber")).collect(Collectors.toSet());
        assertTrue(ours.stream().allMatch(e -> education.contains(e.getString("serviceNumber"))),
                "only the organisation's people: " + ours + " of " + education);
        List<String> open = WebClient.json(client.get("api/v1/partner/cohorts", coordinator)).asJsonArray().stream()
                .map(c -> c.asJsonObject().getString("code")).toList();
        assertTrue(open.contains("ENR-N") && !open.contains("ENR-X"), open.toString());
        String trainee = client.issueToken(TRAINEE_USERNAME, TestAccounts.PASSWORD);
        assertEquals(403, client.get("api/v1/partner/enrolments", trainee).statusCode());

        String text = TestMailbox.awaitText(SharedDeployment.mailbox(), TEACHER, t -> t.contains("nominated you"));
        assertTrue(text.contains("Directorate of Education has nominated you for the cohort ENR-N"), text);
    }

    // ---- every message in the trainee's language, and an SMTP outage ----------------------------------------

    @Test
    @Order(11)
    void everyKindOfEnrolmentMessageIsSent() {
        TestEnrolments people = bean(TestEnrolments.class);
        AccountService accounts = bean(AccountService.class);
        for (Language language : Language.values()) {
            people.createTrainee(readerNumber(language), "Reader " + language, readerAddress(language), "GOV-EDU", language);
            accounts.open(readerNumber(language), readerNumber(language).toLowerCase(java.util.Locale.ROOT),
                    Set.of(Role.TRAINEE), null);
        }
        people.createTrainee("ENR-OUT-1", "Outage One", OUTAGE, "CPD-CAP");
        CohortService cohorts = bean(CohortService.class);
        EnrolmentRequests enrolments = bean(EnrolmentRequests.class);
        EnrolmentDecisions decisions = bean(EnrolmentDecisions.class);
        String arabic = readerNumber(Language.ARABIC);
        String english = readerNumber(Language.ENGLISH);
        // Requested, approved to the one seat, waitlisted, promoted when the first leaves: once each way round.
        seatForOneThenTheOther("ENR-L", 160, arabic, english);
        seatForOneThenTheOther("ENR-K", 200, english, arabic);
        openCohort("ENR-M", 170, 5, false);
        for (String number : List.of(arabic, english)) {
            enrolments.enrolByAdministrator("ENR-M", number, "admin");                       // confirmed
        }
        cohorts.cancel("ENR-M", "The venue is closed for repairs");                          // cancelled
        openCohort("ENR-O", 180, 5, false);
        for (String number : List.of(arabic, english)) {
            enrolments.nominateByCoordinator("ENR-O", number, "coordinator");              // nominated
            decisions.decline("ENR-O", number, "Seats are kept for field officers");        // declined
        }
    }

    private static void seatForOneThenTheOther(String code, int daysAhead, String first, String second) {
        openCohort(code, daysAhead, 1, true);
        EnrolmentRequests enrolments = bean(EnrolmentRequests.class);
        EnrolmentDecisions decisions = bean(EnrolmentDecisions.class);
        enrolments.requestForSelf(code, first.toLowerCase(java.util.Locale.ROOT));
        enrolments.requestForSelf(code, second.toLowerCase(java.util.Locale.ROOT));
        assertEquals(EnrolmentStatus.ENROLLED, decisions.approve(code, first).status());
        assertEquals(EnrolmentStatus.WAITLISTED, decisions.approve(code, second).status());
        decisions.withdrawByAdministrator(code, first);
        assertEquals(EnrolmentStatus.ENROLLED, bean(EnrolmentLookup.class).statusOf(code, second).orElseThrow().status());
    }

    private static String readerNumber(Language language) {
        return "ENR-LANG-" + language.code().toUpperCase(java.util.Locale.ROOT);
    }

    private static String readerAddress(Language language) {
        return "enr.reader-" + language.code() + "@example.org";
    }

    @Test
    @Order(12)
    @RunAsClient
    void eachMessageArrivesInTheTraineesLanguage() {
        List<MailKind> kinds = List.of(MailKind.ENROLMENT_REQUESTED, MailKind.ENROLMENT_APPROVED,
                MailKind.ENROLMENT_WAITLISTED, MailKind.ENROLMENT_PROMOTED, MailKind.ENROLMENT_CONFIRMED,
                MailKind.COHORT_CANCELLED, MailKind.ENROLMENT_NOMINATED, MailKind.ENROLMENT_DECLINED,
                MailKind.ENROLMENT_WITHDRAWN);
        for (Language language : Language.values()) {
            Language other = language == Language.ARABIC ? Language.ENGLISH : Language.ARABIC;
            String address = readerAddress(language);
            List<String> subjects = TestMailbox.awaitSubjects(SharedDeployment.mailbox(), address, received -> kinds.stream()
                    .allMatch(kind -> received.stream().anyMatch(s -> s.startsWith(subjectOf(kind, language)))));
            for (MailKind kind : kinds) {
                assertTrue(subjects.stream().noneMatch(s -> s.startsWith(subjectOf(kind, other))),
                        kind + " reached a " + language + " reader in the other language: " + subjects);
            }
        }
        String arabic = TestMailbox.awaitText(SharedDeployment.mailbox(), readerAddress(Language.ARABIC), t -> t.contains("ENR-O"));
        assertTrue(arabic.contains("رشّحتك جهة عملك (مديرية التربية والتعليم)"), arabic);
        String declined = TestMailbox.awaitText(SharedDeployment.mailbox(), readerAddress(Language.ENGLISH),
                t -> t.contains("ENR-O") && t.contains("Seats are kept for field officers"));
        assertTrue(declined.contains("Venue: "), "the cohort's venue is named: " + declined);
        String withdrawn = TestMailbox.awaitText(SharedDeployment.mailbox(), readerAddress(Language.ENGLISH),
                t -> t.contains("no longer enrolled in the cohort ENR-K"));
        assertTrue(withdrawn.contains("The centre's training office took you out of it."), withdrawn);
    }

    private static String subjectOf(MailKind kind, Language language) {
        String subject = Messages.text(language, kind.subjectKey());
        int value = subject.indexOf("{{");
        return value < 0 ? subject : subject.substring(0, value);
    }

    @Test
    @Order(13)
    @RunAsClient
    void anEnrolmentSucceedsWhileTheMailServerIsDownAndItsMessageFollowsOnce() throws Exception {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = client.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        int before = TestMailbox.countTo(SharedDeployment.mailbox(), OUTAGE);
        // The mailbox is everyone's: it is started again whatever happens (start() keeps what it had received).
        TestMailbox.stop(SharedDeployment.mailbox());
        try {
            HttpResponse<String> enrolled = client.post("api/v1/cohorts/ENR-N/enrolments", admin, "application/json",
                    "{\"serviceNumber\":\"ENR-OUT-1\"}".getBytes(StandardCharsets.UTF_8));
            assertEquals(201, enrolled.statusCode(), enrolled.body());
            assertEquals("ENROLLED", WebClient.json(enrolled).asJsonObject().getString("status"));
            Thread.sleep(3_000);
        } finally {
            TestMailbox.start(SharedDeployment.mailbox());
        }
        TestMailbox.awaitMessages(SharedDeployment.mailbox(), OUTAGE, before + 1);
        String text = TestMailbox.awaitText(SharedDeployment.mailbox(), OUTAGE, t -> t.contains("ENR-N"));
        assertTrue(text.contains("Outage One"), text);
        Thread.sleep(3_000);
        assertEquals(before + 1, TestMailbox.countTo(SharedDeployment.mailbox(), OUTAGE), "delivered exactly once");
    }

    /** This class's own address for the outage drill (OutboxIT has one of its own). */
    private static final String OUTAGE = "enr.outage@example.org";

    // ---- the roster -----------------------------------------------------------------------------------------

    private static final String ROSTER_ADMIN = "enr.admin";

    private static EnrolmentStatus statusIn(String cohort, String number) {
        return bean(EnrolmentLookup.class).statusOf(cohort, number).orElseThrow().status();
    }

    @Test
    @Order(21)
    void prepareRoster() {
        // Past the enrolment methods' cohorts (up to day 205), which meet in the same hall at the same hours.
        openCohort("ENR-M1", 240, 2, false);
        openCohort("ENR-M2", 250, 1, false);
        openCohort("ENR-M3", 260, 1, false);
        openCohort("ENR-N1", 270, 2, false);
        // A completed cohort of the same course, which no one can be moved into.
        bean(TestCertificates.class).completedCohort("ENR-FIN", COURSE, 420);
        TestEnrolments people = bean(TestEnrolments.class);
        for (int i = 1; i <= 5; i++) {
            people.createTrainee("ENR-MOVE-00" + i, "Mover " + i, null, "CPD-CAP");
        }
        for (int i = 1; i <= 3; i++) {
            people.createTrainee("ENR-NOM-00" + i, "Nominee " + i, null, "CPD-CAP");
        }
        people.createTrainee("ENR-ROSTER-1", "Roster One", null, "CPD-CAP");
        // An administrator of this class's own who reads Arabic, for the export (a demo account's language is
        // whatever another class chose last).
        bean(TestAccounts.class).open("ENR-ADMIN", ROSTER_ADMIN, "Roster Admin", "enr.admin@example.org",
                Language.ARABIC, null, Set.of(Role.ADMINISTRATOR));
    }

    @Test
    @Order(22)
    void aMoveWithdrawsFromOneCohortAndEnrolsInTheOtherAndTheSourceWaitingListMovesUp() {
        EnrolmentRequests service = bean(EnrolmentRequests.class);
        CohortMoves moves = bean(CohortMoves.class);
        service.enrolByAdministrator("ENR-M1", "ENR-MOVE-001", "admin");
        service.enrolByAdministrator("ENR-M1", "ENR-MOVE-002", "admin");
        assertEquals(EnrolmentStatus.WAITLISTED, service.enrolByAdministrator("ENR-M1", "ENR-MOVE-003", "admin").status());

        EnrolmentOutcome moved = moves.move("ENR-M1", "ENR-MOVE-001", "ENR-M2", "admin");

        assertEquals("ENR-M2", moved.cohortCode());
        assertEquals(EnrolmentStatus.ENROLLED, moved.status());
        assertEquals(EnrolmentStatus.WITHDRAWN, statusIn("ENR-M1", "ENR-MOVE-001"));
        assertEquals(EnrolmentStatus.ENROLLED, statusIn("ENR-M1", "ENR-MOVE-003"), "the freed seat went to the next in line");

        EnrolmentOutcome full = moves.move("ENR-M1", "ENR-MOVE-002", "ENR-M2", "admin");
        assertEquals(EnrolmentStatus.WAITLISTED, full.status(), "a full target puts the trainee on its waiting list");
        assertEquals(1, full.waitlistPosition());
    }

    @Test
    @Order(23)
    void aMoveTheTargetRefusesChangesNothingNotEvenThePromotion() {
        EnrolmentRequests service = bean(EnrolmentRequests.class);
        CohortMoves moves = bean(CohortMoves.class);
        service.enrolByAdministrator("ENR-M3", "ENR-MOVE-004", "admin");
        assertEquals(EnrolmentStatus.WAITLISTED, service.enrolByAdministrator("ENR-M3", "ENR-MOVE-005", "admin").status());
        // MOVE-004 already finished a cohort of M1's: the target refuses only after the withdrawal from M3 was made.
        bean(TestEnrolments.class).place("ENR-M1", "ENR-MOVE-004", EnrolmentStatus.COMPLETED);

        BusinessException refused = assertThrows(BusinessException.class,
                () -> moves.move("ENR-M3", "ENR-MOVE-004", "ENR-M1", "admin"));
        assertEquals("enrolment.error.alreadyFinished", refused.messageKey());
        assertEquals(EnrolmentStatus.ENROLLED, statusIn("ENR-M3", "ENR-MOVE-004"));
        assertEquals(EnrolmentStatus.WAITLISTED, statusIn("ENR-M3", "ENR-MOVE-005"), "no promotion survived the refusal");

        BusinessException otherCourse = assertThrows(BusinessException.class,
                () -> moves.move("ENR-M3", "ENR-MOVE-004", "ENR-E2", "admin"));
        assertEquals("enrolment.error.moveOtherCourse", otherCourse.messageKey());
        BusinessException finished = assertThrows(BusinessException.class,
                () -> moves.move("ENR-M3", "ENR-MOVE-004", "ENR-FIN", "admin"));
        assertEquals("enrolment.error.notOpen", finished.messageKey());
        assertEquals(EnrolmentStatus.WAITLISTED, service.enrolByAdministrator("ENR-M3", "ENR-MOVE-003", "admin").status());
        BusinessException already = assertThrows(BusinessException.class,
                () -> moves.move("ENR-M1", "ENR-MOVE-003", "ENR-M3", "admin"));
        assertEquals("enrolment.error.alreadyInCohort", already.messageKey());
        assertEquals(EnrolmentStatus.ENROLLED, statusIn("ENR-M1", "ENR-MOVE-003"));
        assertEquals(EnrolmentStatus.ENROLLED, statusIn("ENR-M3", "ENR-MOVE-004"));
    }

    @Test
    @Order(24)
    void nominationsAnswerEveryNumberAndDoNotStopAtARefusal() {
        List<Nominations.Result> results = bean(Nominations.class).nominate("ENR-N1",
                "ENR-NOM-001, ENR-NOM-002\nENR-NO-SUCH-9\r\n  enr-nom-003 ;enr-nom-001\n\n", "admin", Language.ENGLISH);

        assertEquals(List.of("ENR-NOM-001", "ENR-NOM-002", "ENR-NO-SUCH-9", "ENR-NOM-003"),
                results.stream().map(Nominations.Result::serviceNumber).toList(), "in order, repeats dropped");
        assertEquals(EnrolmentStatus.ENROLLED, results.get(0).outcome().status());
        assertEquals(EnrolmentStatus.ENROLLED, results.get(1).outcome().status());
        assertTrue(results.get(2).refused());
        assertEquals(Messages.text(Language.ENGLISH, "person.error.notFound", "ENR-NO-SUCH-9"), results.get(2).refusal());
        assertEquals(EnrolmentStatus.WAITLISTED, results.get(3).outcome().status(), "the refusal did not stop the rest");
        assertEquals(1, results.get(3).outcome().waitlistPosition());
        assertNull(results.get(3).refusal());
        assertEquals(EnrolmentStatus.ENROLLED, statusIn("ENR-N1", "ENR-NOM-002"), "each accepted number was committed");

        List<Nominations.Result> again = bean(Nominations.class).nominate("ENR-N1", "ENR-NOM-001", "admin", Language.ARABIC);
        assertEquals(EnrolmentStatus.ENROLLED, again.get(0).outcome().status());
        assertEquals(false, again.get(0).outcome().changed(), "nominating twice changes nothing");

        String tooMany = IntStream.rangeClosed(1, Nominations.MAX_NUMBERS + 1).mapToObj(i -> "X-" + i)
                .collect(Collectors.joining(","));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> bean(Nominations.class).nominate("ENR-N1", tooMany, "admin", Language.ENGLISH));
        assertEquals("roster.nominate.error.tooMany", refused.messageKey());
    }

    @Test
    @Order(25)
    @RunAsClient
    void onlyAdministratorsOpenTheRosterAndAnUnknownCohortIsNotFound() {
        WebClient trainee = new WebClient(deploymentUrl);
        trainee.signIn(TRAINEE_USERNAME, TestAccounts.PASSWORD);
        assertEquals(403, trainee.get("admin/cohorts/roster.xhtml?code=ENR-N1").statusCode());
        assertEquals(403, trainee.get("admin/cohorts/roster.csv?code=ENR-N1").statusCode());

        WebClient admin = new WebClient(deploymentUrl).acceptLanguage("en");
        admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        assertEquals(200, admin.get("admin/cohorts/roster.xhtml?code=ENR-N1").statusCode());
        assertEquals(404, admin.get("admin/cohorts/roster.xhtml?code=NO-SUCH").statusCode());
        assertEquals(404, admin.get("admin/cohorts/roster.csv?code=NO-SUCH").statusCode());
    }

    @Test
    @Order(26)
    @RunAsClient
    void theCsvExportHasAByteOrderMarkAndTheArabicNames() {
        // This class's administrator prefers Arabic, and the export is asked for in Arabic: headings and statuses
        // come in Arabic.
        Language arabic = Language.ARABIC;
        WebClient admin = new WebClient(deploymentUrl);
        admin.signIn(ROSTER_ADMIN, TestAccounts.PASSWORD);
        HttpResponse<String> csv = admin.get("admin/cohorts/roster.csv?code=ENR-N1&lang=ar");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("\uFEFF" + Messages.text(arabic, "person.serviceNumber") + ","), lines[0]);
        assertEquals(4, lines.length, csv.body());
        String enrolled = Messages.text(arabic, "enrolment.status.ENROLLED");
        String waitlisted = Messages.text(arabic, "enrolment.status.WAITLISTED");
        String general = Messages.text(arabic, "roster.pool.general");
        assertTrue(lines[1].startsWith("ENR-NOM-001,متدرب Nominee 1,Nominee 1,CPD-CAP," + enrolled + "," + general + ",,"), lines[1]);
        assertTrue(lines[3].startsWith("ENR-NOM-003,متدرب Nominee 3,Nominee 3,CPD-CAP," + waitlisted + "," + general + ",1,"), lines[3]);
    }
}
