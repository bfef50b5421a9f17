package org.tadreeb.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadreeb.testing.InContainer.bean;

import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tadreeb.course.CourseService;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.audit.AuditRecord;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.SharedDeployment;
import org.tadreeb.testing.TestDatabase;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.TestMailbox;

/**
 * Cohort planning inside the server, on the real database: plans refused field by field, meetings generated all or
 * nothing, room and instructor clashes naming the other cohort, the guarded lifecycle, the audit trail, and a
 * cancellation that reaches each trainee through SMTP in their own language. (The demo data supplies the cohort
 * CP101-A, running at the main hall with the instructor "instructor" on Sundays and Tuesdays, 09:00–12:00.)
 * The methods run in order: later ones rely on cohorts the earlier ones planned.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CohortIT {

    /** A {@link TestMailbox}, typed loosely: this class is also loaded inside the server, where GreenMail is absent. */

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.archive();
    }

    private static LocalDate today() {
        return bean(CentreClock.class).today();
    }

    private static CohortDetails plan(String code, String course, LocalDate startsOn, LocalDate endsOn, String venue,
                                      Integer seats, List<String> instructors) {
        return new CohortDetails(code, course, startsOn, endsOn, venue, seats, null, startsOn.minusDays(1), false, instructors);
    }

    private static Set<String> fieldsOf(InvalidInputException invalid) {
        return invalid.errors().stream().map(e -> e.field() + ":" + e.messageKey()).collect(Collectors.toSet());
    }

    private static String english(BusinessException refused) {
        return Messages.text(Language.ENGLISH, refused.messageKey(), refused.arguments());
    }

    @Test
    @Order(1)
    void aPlanIsRefusedFieldByFieldAndNothingIsSaved() {
        CohortService cohorts = bean(CohortService.class);
        LocalDate start = today().plusDays(200);
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> cohorts.plan(
                new CohortDetails("1bad code", "CP101", start, start.minusDays(1), "NOWHERE", 0, null,
                        null, false, List.of("trainee"))));
        assertEquals(Set.of("code:cohort.error.codeFormat", "endsOn:cohort.error.endsBeforeStart",
                "seatLimit:input.error.range", "venue:cohort.error.unknownVenue",
                "instructors:cohort.error.notAnInstructor"), fieldsOf(invalid));

        invalid = assertThrows(InvalidInputException.class, () -> cohorts.plan(
                plan("CP101-Z", "CP101", start, start.plusDays(10), "CAP-R3", 17, List.of("instructor2"))));
        assertEquals(Set.of("seatLimit:cohort.error.seatsAboveCapacity", "instructors:cohort.error.instructorNotQualified"),
                fieldsOf(invalid));
        FieldError capacity = invalid.errors().stream().filter(e -> e.field().equals("seatLimit")).findFirst().orElseThrow();
        assertEquals("17 seats is more than Training centre, room 3 holds: its capacity is 16.",
                Messages.text(Language.ENGLISH, capacity.messageKey(), capacity.arguments().toArray()));
        assertTrue(Messages.text(Language.ARABIC, capacity.messageKey(), capacity.arguments().toArray())
                .contains("مركز التدريب - القاعة ٣"), "the venue is named in the reader's language");

        invalid = assertThrows(InvalidInputException.class, () -> cohorts.plan(
                plan("CP101-Z", "CP101", start, start.plusDays(10), null, 10, List.of())));
        assertEquals(Set.of("venue:cohort.error.venueRequired"), fieldsOf(invalid), "an in-person course needs a room");
        assertTrue(cohorts.findByCode("CP101-Z").isEmpty());

        Cohort remote = cohorts.plan(plan("CP140-Z", "CP140", start, start.plusDays(10), null, 60, List.of()));
        assertEquals(CohortStatus.PLANNED, remote.getStatus(), "a remote cohort needs no venue");
        invalid = assertThrows(InvalidInputException.class, () -> cohorts.plan(
                plan("cp140-z", "CP140", start, start.plusDays(10), null, 60, List.of())));
        assertEquals(Set.of("code:cohort.error.codeTaken"), fieldsOf(invalid), "codes are unique whatever their case");

        assertEquals(List.of("instructor"), cohorts.qualifiedInstructors("CP101", start, start.plusDays(10)).stream()
                .map(InstructorChoice::username).toList());
        LocalDate twoYears = today().plusYears(2);
        assertEquals(List.of("instructor"), cohorts.qualifiedInstructors("CP205", twoYears.minusDays(5), twoYears).stream()
                .map(InstructorChoice::username).toList(), "qualified up to the expiry day included");
        assertEquals(List.of(), cohorts.qualifiedInstructors("CP205", twoYears, twoYears.plusDays(1)),
                "not for a cohort that ends after the qualification expires");

        bean(CourseService.class).archive("CP410");
        invalid = assertThrows(InvalidInputException.class, () -> cohorts.plan(
                plan("CP410-Z", "CP410", start, start.plusDays(10), "CAP-R1", 10, List.of())));
        assertEquals(Set.of("course:cohort.error.courseArchived"), fieldsOf(invalid));
        bean(CourseService.class).restore("CP410");
    }

    @Test
    @Order(2)
    void weeklyMeetingsAreGeneratedAllOrNothing() {
        CohortService cohorts = bean(CohortService.class);
        LocalDate first = today().plusDays(300);
        while (first.getDayOfWeek() != DayOfWeek.SUNDAY) {
            first = first.plusDays(1);
        }
        LocalDate start = first;
        bean(VenueService.class).add(new VenueDetails("wes-1", "قاعة الغرب", "West hall", "WES", 20));
        cohorts.plan(plan("CP101-W", "CP101", start, start.plusDays(13), "WES-1", 20, List.of("instructor")));
        List<Meeting> added = cohorts.generateMeetings("CP101-W", new WeeklyPattern(
                Set.of(DayOfWeek.SUNDAY, DayOfWeek.TUESDAY), LocalTime.of(9, 0), LocalTime.of(12, 0), start,
                start.plusDays(13), "الجلسة", "Session"));
        assertEquals(4, added.size(), "two weeks of Sundays and Tuesdays");
        CohortView view = bean(CohortDirectory.class).view("CP101-W").orElseThrow();
        assertEquals(List.of("Session 1", "Session 2", "Session 3", "Session 4"),
                view.meetings().stream().map(CohortView.MeetingView::topicEnglish).toList());
        assertEquals(start.plusDays(2).atTime(9, 0), view.meetings().get(1).startsAt());
        assertEquals("West hall", view.row().venueEnglish());
        assertEquals("WES", view.row().governorateCode());

        ClashException overlap = assertThrows(ClashException.class, () -> cohorts.generateMeetings("CP101-W",
                new WeeklyPattern(Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), LocalTime.of(11, 0), LocalTime.of(13, 0),
                        start, start.plusDays(13), null, null)));
        assertEquals("meeting.error.overlapsOwn", overlap.messageKey());
        assertEquals(4, bean(CohortDirectory.class).view("CP101-W").orElseThrow().meetings().size(),
                "a refused pattern adds none of its meetings, not even those that fitted");

        BusinessException outside = assertThrows(BusinessException.class, () -> cohorts.generateMeetings("CP101-W",
                new WeeklyPattern(Set.of(DayOfWeek.THURSDAY), LocalTime.of(9, 0), LocalTime.of(10, 0),
                        start, start.plusDays(20), null, null)));
        assertEquals("cohort.error.meetingOutsideDates", outside.messageKey());
        assertEquals(4, bean(CohortDirectory.class).view("CP101-W").orElseThrow().meetings().size());

        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> cohorts.generateMeetings("CP101-W",
                new WeeklyPattern(Set.of(), LocalTime.of(12, 0), LocalTime.of(9, 0), start, start.minusDays(1), null, null)));
        assertEquals(Set.of("patternDays:meeting.error.noDays", "patternEnds:meeting.error.endsBeforeStart",
                "patternTo:cohort.error.endsBeforeStart"), fieldsOf(empty));

        long firstId = view.meetings().get(0).id();
        cohorts.changeMeeting("CP101-W", firstId, new MeetingDetails(start, LocalTime.of(13, 0), LocalTime.of(15, 0),
                null, "Moved session"));
        cohorts.cancelMeeting("CP101-W", view.meetings().get(1).id());
        CohortView changed = bean(CohortDirectory.class).view("CP101-W").orElseThrow();
        assertEquals(start.atTime(13, 0), changed.meetings().get(0).startsAt());
        assertEquals("Moved session", changed.meetings().get(0).topicEnglish());
        assertTrue(changed.meetings().get(1).cancelled());
        assertEquals(3, changed.heldMeetings());
        // The cancelled meeting's time is free again for the same cohort.
        cohorts.addMeeting("CP101-W", new MeetingDetails(start.plusDays(2), LocalTime.of(9, 30), LocalTime.of(11, 0), null, null));

        List<String> actions = bean(AuditLog.class).historyOf("Cohort", "CP101-W").stream().map(AuditRecord::getAction).toList();
        assertEquals(List.of("cohort.planned", "meeting.generated", "meeting.changed", "meeting.cancelled", "meeting.added"), actions);
    }

    @Test
    @Order(3)
    void aRoomOrAnInstructorBookedTwiceIsRefusedNamingTheOtherCohort() {
        CohortService cohorts = bean(CohortService.class);
        CohortView running = bean(CohortDirectory.class).view("CP101-A").orElseThrow();
        CohortView.MeetingView busy = running.meetings().stream()
                .filter(m -> m.startsAt().toLocalDate().isAfter(today())).findFirst().orElseThrow();
        LocalDate day = busy.startsAt().toLocalDate();

        cohorts.plan(plan("CP101-R", "CP101", today().plusDays(1), today().plusDays(20), "CAP-HALL", 20, List.of()));
        ClashException room = assertThrows(ClashException.class, () -> cohorts.addMeeting("CP101-R",
                new MeetingDetails(day, LocalTime.of(11, 30), LocalTime.of(13, 0), null, null)));
        assertEquals(409, room.httpStatus());
        assertEquals("Main training hall is already booked at that time by cohort CP101-A (meeting of " + day + " 09:00).",
                english(room));
        // Back to back is not a clash.
        cohorts.addMeeting("CP101-R", new MeetingDetails(day, LocalTime.of(12, 0), LocalTime.of(13, 0), null, null));

        cohorts.plan(plan("CP101-I", "CP101", today().plusDays(1), today().plusDays(20), "CAP-R1", 20, List.of("instructor")));
        ClashException instructor = assertThrows(ClashException.class, () -> cohorts.addMeeting("CP101-I",
                new MeetingDetails(day, LocalTime.of(8, 0), LocalTime.of(9, 30), null, null)));
        assertTrue(english(instructor).contains("is already teaching cohort CP101-A"), english(instructor));

        // Moving CP101-R to another room, then giving it the busy instructor while it meets at their time: refused.
        CohortView r = bean(CohortDirectory.class).view("CP101-R").orElseThrow();
        cohorts.revise("CP101-R", plan("CP101-R", "CP101", r.row().startsOn(), r.row().endsOn(), "CAP-R2", 20, List.of()));
        cohorts.addMeeting("CP101-R", new MeetingDetails(day, LocalTime.of(10, 0), LocalTime.of(11, 0), null, null));
        ClashException assigned = assertThrows(ClashException.class, () -> cohorts.revise("CP101-R",
                plan("CP101-R", "CP101", r.row().startsOn(), r.row().endsOn(), "CAP-R2", 20, List.of("instructor"))));
        assertEquals("cohort.error.instructorClash", assigned.messageKey());
        assertTrue(bean(CohortDirectory.class).view("CP101-R").orElseThrow().instructors().isEmpty(), "nothing changed");

        // A cancelled cohort books nothing: its room is free again.
        cohorts.cancel("CP101-R", "Room needed for another course");
        cohorts.plan(plan("CP101-S", "CP101", today().plusDays(1), today().plusDays(20), "CAP-R2", 20, List.of()));
        cohorts.addMeeting("CP101-S", new MeetingDetails(day, LocalTime.of(10, 0), LocalTime.of(11, 0), null, null));
    }

    @Test
    @Order(4)
    void theLifecycleIsGuardedAndAudited() {
        CohortService cohorts = bean(CohortService.class);
        LocalDate start = today().plusDays(250);
        cohorts.plan(plan("CP310-L", "CP310", start, start.plusDays(7), "CAP-R3", 12, List.of()));

        assertEquals("cohort.error.openNeedsMeetings", assertThrows(BusinessException.class, () -> cohorts.open("CP310-L")).messageKey());
        cohorts.addMeeting("CP310-L", new MeetingDetails(start, LocalTime.of(9, 0), LocalTime.of(12, 0), null, null));
        assertEquals(CohortStatus.OPEN, cohorts.open("CP310-L").getStatus());
        assertEquals("cohort.error.startNeedsInstructor",
                assertThrows(BusinessException.class, () -> cohorts.start("CP310-L")).messageKey());
        BusinessException complete = assertThrows(BusinessException.class, () -> cohorts.complete("CP310-L"));
        assertEquals("Cohort CP310-L cannot go from “Open for enrolment” to “Completed”.", english(complete));
        assertEquals(CohortStatus.PLANNED, cohorts.closeEnrolment("CP310-L").getStatus());

        assertEquals("cohort.error.completeBeforeLastMeeting",
                assertThrows(BusinessException.class, () -> cohorts.complete("CP101-A")).messageKey(),
                "the running cohort still has meetings to come");
        assertEquals("cohort.error.transition",
                assertThrows(BusinessException.class, () -> cohorts.cancel("CP101-0", "too late")).messageKey(),
                "a completed cohort is history");

        assertEquals("cohort.error.cancelNeedsReason",
                assertThrows(BusinessException.class, () -> cohorts.cancel("CP310-L", "  ")).messageKey());
        cohorts.cancel("CP310-L", "The trainer is unavailable");
        BusinessException edit = assertThrows(BusinessException.class, () -> cohorts.addMeeting("CP310-L",
                new MeetingDetails(start.plusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 0), null, null)));
        assertEquals("Cohort CP310-L is “Cancelled”: its plan can no longer change.", english(edit));
        assertTrue(Messages.text(Language.ARABIC, edit.messageKey(), edit.arguments()).contains("«ملغاة»"),
                "the status is named in Arabic too");

        List<AuditRecord> history = bean(AuditLog.class).historyOf("Cohort", "CP310-L");
        assertEquals(List.of("cohort.planned", "meeting.added", "cohort.opened", "cohort.enrolmentClosed", "cohort.cancelled"),
                history.stream().map(AuditRecord::getAction).toList());
        assertEquals("PLANNED", history.get(4).getBeforeState());
        assertTrue(history.get(4).getAfterState().startsWith("CANCELLED: The trainer is unavailable"));
    }

    @Test
    @Order(5)
    void seatsNeverExceedTheRoomNorDropBelowTheEnrolled() {
        CohortService cohorts = bean(CohortService.class);
        CohortView running = bean(CohortDirectory.class).view("CP101-A").orElseThrow();
        long enrolled = running.row().enrolled();
        assertTrue(enrolled >= 2, "the demo enrols trainees in CP101-A");
        InvalidInputException below = assertThrows(InvalidInputException.class, () -> cohorts.revise("CP101-A",
                plan("CP101-A", "CP101", running.row().startsOn(), running.row().endsOn(), "CAP-HALL",
                        (int) enrolled - 1, List.of("instructor"))));
        assertEquals(Set.of("seatLimit:cohort.error.seatsBelowEnrolled"), fieldsOf(below));

        InvalidInputException capacity = assertThrows(InvalidInputException.class, () -> bean(VenueService.class)
                .change("CAP-HALL", new VenueDetails("CAP-HALL", "قاعة التدريب الرئيسية", "Main training hall", "CAP", 10)));
        assertEquals(Set.of("venueCapacity:venue.error.capacityBelowCohort"), fieldsOf(capacity));

        bean(VenueService.class).retire("EAS-PS");
        LocalDate start = today().plusDays(400);
        InvalidInputException retired = assertThrows(InvalidInputException.class, () -> cohorts.plan(
                plan("CP101-E", "CP101", start, start.plusDays(3), "EAS-PS", 10, List.of())));
        assertEquals(Set.of("venue:cohort.error.venueRetired"), fieldsOf(retired));
        bean(VenueService.class).reinstate("EAS-PS");
        cohorts.plan(plan("CP101-E", "CP101", start, start.plusDays(3), "EAS-PS", 10, List.of()));
    }

    @Test
    @Order(6)
    void listsFilterByGovernorateVenueAndInstructor() {
        CohortDirectory directory = bean(CohortDirectory.class);
        assertEquals(List.of("CP130-A"), directory.search(new CohortSearch(null, null, null, "NOR", null, null, null), 0, 50)
                .rows().stream().map(CohortRow::code).toList());
        CohortDirectory.Page hall = directory.search(new CohortSearch("CP101", null, null, null, "CAP-HALL", null, null), 0, 1);
        assertEquals(2, hall.total(), "CP101-0 and CP101-A at the main hall (CP101-R moved away)");
        assertEquals("CP101-0", hall.rows().get(0).code(), "soonest first, one per page");
        assertTrue(directory.search(new CohortSearch(null, null, null, null, null, "instructor2", null), 0, 50).rows()
                .stream().noneMatch(r -> r.code().equals("CP101-A")));
        List<CalendarEntry> fortnight = directory.calendar(today().atStartOfDay(), today().plusDays(15).atStartOfDay(),
                null, "instructor", null);
        assertFalse(fortnight.isEmpty());
        Set<String> codes = fortnight.stream().map(CalendarEntry::cohortCode).collect(Collectors.toSet());
        assertTrue(codes.contains("CP101-A") && Set.of("CP101-A", "CP205-A").containsAll(codes), codes.toString());
    }

    @Test
    @Order(7)
    void cancellingACohortQueuesAMessageToEachTraineeWaitingOrEnrolled() {
        CohortService cohorts = bean(CohortService.class);
        LocalDate start = today().plusDays(150);
        cohorts.plan(plan("CP205-M", "CP205", start, start.plusDays(5), "CAP-R1", 20, List.of()));
        TestEnrolments enrolments = bean(TestEnrolments.class);
        enrolments.enrolNewTrainee("CP205-M", "MAIL-1", "سلمى الحداد", "Salma Haddad", "salma@example.org",
                Language.ARABIC, EnrolmentStatus.ENROLLED);
        enrolments.enrolNewTrainee("CP205-M", "MAIL-2", "جون سميث", "John Smith", "john@example.org",
                Language.ENGLISH, EnrolmentStatus.WAITLISTED);
        enrolments.enrolNewTrainee("CP205-M", "MAIL-3", "ليلى", "Layla", "layla@example.org",
                Language.ENGLISH, EnrolmentStatus.WITHDRAWN);
        assertEquals(2, cohorts.cancel("CP205-M", "Too few trainees & the hall is closed"));
    }

    @Test
    @Order(8)
    @RunAsClient
    void theCancellationReachesEachTraineeInTheirLanguage() {
        TestMailbox mailbox = (TestMailbox) SharedDeployment.mailbox();
        TestMailbox.awaitMessages(mailbox, "salma@example.org", 1);
        TestMailbox.awaitMessages(mailbox, "john@example.org", 1);
        String arabicText = TestMailbox.text(mailbox.receivedBy("salma@example.org").get(0));
        assertTrue(arabicText.contains("سلمى الحداد") && arabicText.contains("CP205-M")
                && arabicText.contains("Too few trainees & the hall is closed") && arabicText.contains("مركز التدريب - القاعة ١"),
                arabicText);
        String englishText = TestMailbox.text(mailbox.receivedBy("john@example.org").get(0));
        assertTrue(englishText.contains("Dear John Smith") && englishText.contains("has been cancelled")
                && englishText.contains("Training centre, room 1"), englishText);
        assertTrue(mailbox.receivedBy("layla@example.org").isEmpty(), "a withdrawn trainee is not told");
    }
}
