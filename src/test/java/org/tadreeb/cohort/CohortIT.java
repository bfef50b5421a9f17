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
import org.tadreeb.course.CourseCatalogue;
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
import org.tadreeb.testing.TestCourses;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.TestMailbox;

/**
 * Cohort planning inside the server, on the real database: plans refused field by field, meetings generated all or
 * nothing, room and instructor clashes naming the other cohort, the guarded lifecycle, the audit trail, and a
 * cancellation that reaches each trainee through SMTP in their own language. (The demo data supplies the cohort
 * CP101-A, running at the main hall with the instructor "instructor" on Sundays and Tuesdays, 09:00–12:00.)
 * The methods run in order: later ones rely on cohorts the earlier ones planned.
 *
 * <p>The class shares its server, database and mailbox with every other test class: what it saves is its own
 * (cohorts COH-..., courses COH101/COH140/COH205/COH410 copied from the demo's, venues COH-..., trainees COH-M...,
 * addresses coh-...@example.org), demo records are only read or refused a change, and its lists are checked as
 * "contains this class's or the demo's, and every row matches the filter".
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CohortIT {

    /** Addresses of this class's own trainees: the shared mailbox is read per recipient. */
    private static final String SALMA = "coh-salma@example.org";
    private static final String JOHN = "coh-john@example.org";
    private static final String LAYLA = "coh-layla@example.org";

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

    /** This class's courses (copies of demo courses) and venues, made by whichever test needs them first. */
    private static void ownCoursesAndVenues() {
        TestCourses courses = bean(TestCourses.class);
        CourseCatalogue catalogue = bean(CourseCatalogue.class);
        for (String[] copy : new String[][] {{"CP101", "COH101"}, {"CP140", "COH140"}, {"CP205", "COH205"},
                {"CP410", "COH410"}}) {
            if (catalogue.findByCode(copy[1]).isEmpty()) {
                courses.copyOf(copy[0], copy[1]);
            }
        }
        VenueService venues = bean(VenueService.class);
        for (VenueDetails venue : List.of(
                new VenueDetails("COH-R1", "قاعة التخطيط ١", "Planning room 1", "CAP", 24),
                new VenueDetails("COH-R2", "قاعة التخطيط ٢", "Planning room 2", "CAP", 24),
                new VenueDetails("COH-R3", "قاعة التخطيط ٣", "Planning room 3", "CAP", 16),
                new VenueDetails("COH-EAS", "قاعة التخطيط الشرقية", "Eastern planning room", "EAS", 18))) {
            if (venues.findByCode(venue.code()).isEmpty()) {
                venues.add(venue);
            }
        }
    }

    @Test
    @Order(1)
    void aPlanIsRefusedFieldByFieldAndNothingIsSaved() {
        ownCoursesAndVenues();
        CohortService cohorts = bean(CohortService.class);
        LocalDate start = today().plusDays(200);
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> cohorts.plan(
                new CohortDetails("1bad code", "CP101", start, start.minusDays(1), "NOWHERE", 0, null,
                        null, false, List.of("trainee"))));
        assertEquals(Set.of("code:cohort.error.codeFormat", "endsOn:cohort.error.endsBeforeStart",
                "seatLimit:input.error.range", "venue:cohort.error.unknownVenue",
                "instructors:cohort.error.notAnInstructor"), fieldsOf(invalid));

        invalid = assertThrows(InvalidInputException.class, () -> cohorts.plan(
                plan("COH-Z", "CP101", start, start.plusDays(10), "CAP-R3", 17, List.of("instructor2"))));
        assertEquals(Set.of("seatLimit:cohort.error.seatsAboveCapacity", "instructors:cohort.error.instructorNotQualified"),
                fieldsOf(invalid));
        FieldError capacity = invalid.errors().stream().filter(e -> e.field().equals("seatLimit")).findFirst().orElseThrow();
        assertEquals("17 seats is more than Training centre, room 3 holds: its capacity is 16.",
                Messages.text(Language.ENGLISH, capacity.messageKey(), capacity.arguments().toArray()));
        assertTrue(Messages.text(Language.ARABIC, capacity.messageKey(), capacity.arguments().toArray())
                .contains("مركز التدريب - القاعة ٣"), "the venue is named in the reader's language");

        invalid = assertThrows(InvalidInputException.class, () -> cohorts.plan(
                plan("COH-Z", "CP101", start, start.plusDays(10), null, 10, List.of())));
        assertEquals(Set.of("venue:cohort.error.venueRequired"), fieldsOf(invalid), "an in-person course needs a room");
        assertTrue(cohorts.findByCode("COH-Z").isEmpty());

        Cohort remote = cohorts.plan(plan("COH-REMOTE", "COH140", start, start.plusDays(10), null, 60, List.of()));
        assertEquals(CohortStatus.PLANNED, remote.getStatus(), "a remote cohort needs no venue");
        invalid = assertThrows(InvalidInputException.class, () -> cohorts.plan(
                plan("coh-remote", "COH140", start, start.plusDays(10), null, 60, List.of())));
        assertEquals(Set.of("code:cohort.error.codeTaken"), fieldsOf(invalid), "codes are unique whatever their case");

        // Of this class's copies of CP101 and CP205 (the demo instructor's qualifications copied with them).
        assertEquals(List.of("instructor"), cohorts.qualifiedInstructors("COH101", start, start.plusDays(10)).stream()
                .map(InstructorChoice::username).toList());
        LocalDate twoYears = today().plusYears(2);
        assertEquals(List.of("instructor"), cohorts.qualifiedInstructors("COH205", twoYears.minusDays(5), twoYears).stream()
                .map(InstructorChoice::username).toList(), "qualified up to the expiry day included");
        assertEquals(List.of(), cohorts.qualifiedInstructors("COH205", twoYears, twoYears.plusDays(1)),
                "not for a cohort that ends after the qualification expires");

        // Of this class's copy of CP410: the demo course is never archived, even for a moment.
        bean(CourseService.class).archive("COH410");
        try {
            invalid = assertThrows(InvalidInputException.class, () -> cohorts.plan(
                    plan("COH-ARCHIVED", "COH410", start, start.plusDays(10), "COH-R1", 10, List.of())));
            assertEquals(Set.of("course:cohort.error.courseArchived"), fieldsOf(invalid));
        } finally {
            bean(CourseService.class).restore("COH410");
        }
    }

    @Test
    @Order(2)
    void weeklyMeetingsAreGeneratedAllOrNothing() {
        ownCoursesAndVenues();
        CohortService cohorts = bean(CohortService.class);
        // Far ahead, where no other test class books the demo instructor.
        LocalDate first = today().plusDays(520);
        while (first.getDayOfWeek() != DayOfWeek.SUNDAY) {
            first = first.plusDays(1);
        }
        LocalDate start = first;
        bean(VenueService.class).add(new VenueDetails("coh-w1", "قاعة الغرب", "West hall", "WES", 20));
        cohorts.plan(plan("COH-W", "COH101", start, start.plusDays(13), "COH-W1", 20, List.of("instructor")));
        List<Meeting> added = cohorts.generateMeetings("COH-W", new WeeklyPattern(
                Set.of(DayOfWeek.SUNDAY, DayOfWeek.TUESDAY), LocalTime.of(9, 0), LocalTime.of(12, 0), start,
                start.plusDays(13), "الجلسة", "Session"));
        assertEquals(4, added.size(), "two weeks of Sundays and Tuesdays");
        CohortView view = bean(CohortDirectory.class).view("COH-W").orElseThrow();
        assertEquals(List.of("Session 1", "Session 2", "Session 3", "Session 4"),
                view.meetings().stream().map(CohortView.MeetingView::topicEnglish).toList());
        assertEquals(start.plusDays(2).atTime(9, 0), view.meetings().get(1).startsAt());
        assertEquals("West hall", view.row().venueEnglish());
        assertEquals("WES", view.row().governorateCode());

        ClashException overlap = assertThrows(ClashException.class, () -> cohorts.generateMeetings("COH-W",
                new WeeklyPattern(Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), LocalTime.of(11, 0), LocalTime.of(13, 0),
                        start, start.plusDays(13), null, null)));
        assertEquals("meeting.error.overlapsOwn", overlap.messageKey());
        assertEquals(4, bean(CohortDirectory.class).view("COH-W").orElseThrow().meetings().size(),
                "a refused pattern adds none of its meetings, not even those that fitted");

        BusinessException outside = assertThrows(BusinessException.class, () -> cohorts.generateMeetings("COH-W",
                new WeeklyPattern(Set.of(DayOfWeek.THURSDAY), LocalTime.of(9, 0), LocalTime.of(10, 0),
                        start, start.plusDays(20), null, null)));
        assertEquals("cohort.error.meetingOutsideDates", outside.messageKey());
        assertEquals(4, bean(CohortDirectory.class).view("COH-W").orElseThrow().meetings().size());

        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> cohorts.generateMeetings("COH-W",
                new WeeklyPattern(Set.of(), LocalTime.of(12, 0), LocalTime.of(9, 0), start, start.minusDays(1), null, null)));
        assertEquals(Set.of("patternDays:meeting.error.noDays", "patternEnds:meeting.error.endsBeforeStart",
                "patternTo:cohort.error.endsBeforeStart"), fieldsOf(empty));

        long firstId = view.meetings().get(0).id();
        cohorts.changeMeeting("COH-W", firstId, new MeetingDetails(start, LocalTime.of(13, 0), LocalTime.of(15, 0),
                null, "Moved session"));
        cohorts.cancelMeeting("COH-W", view.meetings().get(1).id());
        CohortView changed = bean(CohortDirectory.class).view("COH-W").orElseThrow();
        assertEquals(start.atTime(13, 0), changed.meetings().get(0).startsAt());
        assertEquals("Moved session", changed.meetings().get(0).topicEnglish());
        assertTrue(changed.meetings().get(1).cancelled());
        assertEquals(3, changed.heldMeetings());
        // The cancelled meeting's time is free again for the same cohort.
        cohorts.addMeeting("COH-W", new MeetingDetails(start.plusDays(2), LocalTime.of(9, 30), LocalTime.of(11, 0), null, null));

        List<String> actions = bean(AuditLog.class).historyOf("Cohort", "COH-W").stream().map(AuditRecord::getAction).toList();
        assertEquals(List.of("cohort.planned", "meeting.generated", "meeting.changed", "meeting.cancelled", "meeting.added"), actions);
    }

    @Test
    @Order(3)
    void aRoomOrAnInstructorBookedTwiceIsRefusedNamingTheOtherCohort() {
        ownCoursesAndVenues();
        CohortService cohorts = bean(CohortService.class);
        CohortView running = bean(CohortDirectory.class).view("CP101-A").orElseThrow();
        CohortView.MeetingView busy = running.meetings().stream()
                .filter(m -> m.startsAt().toLocalDate().isAfter(today())).findFirst().orElseThrow();
        LocalDate day = busy.startsAt().toLocalDate();

        cohorts.plan(plan("COH-R", "COH101", today().plusDays(1), today().plusDays(20), "CAP-HALL", 20, List.of()));
        ClashException room = assertThrows(ClashException.class, () -> cohorts.addMeeting("COH-R",
                new MeetingDetails(day, LocalTime.of(11, 30), LocalTime.of(13, 0), null, null)));
        assertEquals(409, room.httpStatus());
        assertEquals("Main training hall is already booked at that time by cohort CP101-A (meeting of " + day + " 09:00).",
                english(room));
        // Back to back is not a clash.
        cohorts.addMeeting("COH-R", new MeetingDetails(day, LocalTime.of(12, 0), LocalTime.of(13, 0), null, null));

        // In a room of this class's own, so that the only booking in the way is the instructor's.
        cohorts.plan(plan("COH-I", "COH101", today().plusDays(1), today().plusDays(20), "COH-R1", 20, List.of("instructor")));
        ClashException instructor = assertThrows(ClashException.class, () -> cohorts.addMeeting("COH-I",
                new MeetingDetails(day, LocalTime.of(8, 0), LocalTime.of(9, 30), null, null)));
        assertTrue(english(instructor).contains("is already teaching cohort CP101-A"), english(instructor));

        // Moving COH-R to another room (of this class's own), then giving it the busy instructor while it meets at their time: refused.
        CohortView r = bean(CohortDirectory.class).view("COH-R").orElseThrow();
        cohorts.revise("COH-R", plan("COH-R", "COH101", r.row().startsOn(), r.row().endsOn(), "COH-R2", 20, List.of()));
        cohorts.addMeeting("COH-R", new MeetingDetails(day, LocalTime.of(10, 0), LocalTime.of(11, 0), null, null));
        ClashException assigned = assertThrows(ClashException.class, () -> cohorts.revise("COH-R",
                plan("COH-R", "COH101", r.row().startsOn(), r.row().endsOn(), "COH-R2", 20, List.of("instructor"))));
        assertEquals("cohort.error.instructorClash", assigned.messageKey());
        assertTrue(bean(CohortDirectory.class).view("COH-R").orElseThrow().instructors().isEmpty(), "nothing changed");

        // A cancelled cohort books nothing: its room is free again.
        cohorts.cancel("COH-R", "Room needed for another course");
        cohorts.plan(plan("COH-S", "COH101", today().plusDays(1), today().plusDays(20), "COH-R2", 20, List.of()));
        cohorts.addMeeting("COH-S", new MeetingDetails(day, LocalTime.of(10, 0), LocalTime.of(11, 0), null, null));
    }

    @Test
    @Order(4)
    void theLifecycleIsGuardedAndAudited() {
        ownCoursesAndVenues();
        CohortService cohorts = bean(CohortService.class);
        LocalDate start = today().plusDays(250);
        cohorts.plan(plan("COH-L", "COH205", start, start.plusDays(7), "COH-R3", 12, List.of()));

        assertEquals("cohort.error.openNeedsMeetings", assertThrows(BusinessException.class, () -> cohorts.open("COH-L")).messageKey());
        cohorts.addMeeting("COH-L", new MeetingDetails(start, LocalTime.of(9, 0), LocalTime.of(12, 0), null, null));
        assertEquals(CohortStatus.OPEN, cohorts.open("COH-L").getStatus());
        assertEquals("cohort.error.startNeedsInstructor",
                assertThrows(BusinessException.class, () -> cohorts.start("COH-L")).messageKey());
        BusinessException complete = assertThrows(BusinessException.class, () -> cohorts.complete("COH-L"));
        assertEquals("Cohort COH-L cannot go from “Open for enrolment” to “Completed”.", english(complete));
        assertEquals(CohortStatus.PLANNED, cohorts.closeEnrolment("COH-L").getStatus());

        assertEquals("cohort.error.completeBeforeLastMeeting",
                assertThrows(BusinessException.class, () -> cohorts.complete("CP101-A")).messageKey(),
                "the running cohort still has meetings to come");
        assertEquals("cohort.error.transition",
                assertThrows(BusinessException.class, () -> cohorts.cancel("CP101-0", "too late")).messageKey(),
                "a completed cohort is history");

        assertEquals("cohort.error.cancelNeedsReason",
                assertThrows(BusinessException.class, () -> cohorts.cancel("COH-L", "  ")).messageKey());
        cohorts.cancel("COH-L", "The trainer is unavailable");
        BusinessException edit = assertThrows(BusinessException.class, () -> cohorts.addMeeting("COH-L",
                new MeetingDetails(start.plusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 0), null, null)));
        assertEquals("Cohort COH-L is “Cancelled”: its plan can no longer change.", english(edit));
        assertTrue(Messages.text(Language.ARABIC, edit.messageKey(), edit.arguments()).contains("«ملغاة»"),
                "the status is named in Arabic too");

        List<AuditRecord> history = bean(AuditLog.class).historyOf("Cohort", "COH-L");
        assertEquals(List.of("cohort.planned", "meeting.added", "cohort.opened", "cohort.enrolmentClosed", "cohort.cancelled"),
                history.stream().map(AuditRecord::getAction).toList());
        assertEquals("PLANNED", history.get(4).getBeforeState());
        assertTrue(history.get(4).getAfterState().startsWith("CANCELLED: The trainer is unavailable"));
    }

    @Test
    @Order(5)
    void seatsNeverExceedTheRoomNorDropBelowTheEnrolled() {
        ownCoursesAndVenues();
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

        // A venue of this class's own is retired: the demo's EAS-PS, which other classes plan in, never is.
        bean(VenueService.class).retire("COH-EAS");
        LocalDate start = today().plusDays(400);
        try {
            InvalidInputException retired = assertThrows(InvalidInputException.class, () -> cohorts.plan(
                    plan("COH-E", "COH101", start, start.plusDays(3), "COH-EAS", 10, List.of())));
            assertEquals(Set.of("venue:cohort.error.venueRetired"), fieldsOf(retired));
        } finally {
            bean(VenueService.class).reinstate("COH-EAS");
        }
        cohorts.plan(plan("COH-E", "COH101", start, start.plusDays(3), "COH-EAS", 10, List.of()));
    }

    @Test
    @Order(6)
    void listsFilterByGovernorateVenueAndInstructor() {
        ownCoursesAndVenues();
        CohortDirectory directory = bean(CohortDirectory.class);
        // Other classes plan cohorts too: the demo's (and this class's) are listed, and nothing outside the filter.
        List<CohortRow> north = directory.search(new CohortSearch(null, null, null, "NOR", null, null, null), 0, 500).rows();
        assertTrue(north.stream().anyMatch(r -> r.code().equals("CP130-A")), north.toString());
        assertTrue(north.stream().allMatch(r -> "NOR".equals(r.governorateCode())), north.toString());
        List<CohortRow> west = directory.search(new CohortSearch(null, null, null, "WES", null, null, null), 0, 500).rows();
        assertTrue(west.stream().anyMatch(r -> r.code().equals("COH-W")) && west.stream().allMatch(r -> "WES".equals(r.governorateCode())),
                west.toString());

        // Two cohorts of this class's course at the main hall (COH-R was planned there and moved away).
        CohortService cohorts = bean(CohortService.class);
        LocalDate later = today().plusDays(600);
        for (int i = 0; i < 2; i++) {
            String code = "COH-H" + (i + 1);
            if (cohorts.findByCode(code).isEmpty()) {
                cohorts.plan(plan(code, "COH101", later.plusDays(10L * i), later.plusDays(10L * i + 3), "CAP-HALL", 20, List.of()));
            }
        }
        CohortDirectory.Page hall = directory.search(new CohortSearch("COH101", null, null, null, "CAP-HALL", null, null), 0, 1);
        assertEquals(2, hall.total(), "COH-H1 and COH-H2 at the main hall (COH-R moved away)");
        assertEquals("COH-H1", hall.rows().get(0).code(), "soonest first, one per page");
        List<CohortRow> demoHall = directory.search(new CohortSearch("CP101", null, null, null, "CAP-HALL", null, null), 0, 500).rows();
        assertTrue(demoHall.stream().map(CohortRow::code).toList().containsAll(List.of("CP101-0", "CP101-A")), demoHall.toString());
        assertTrue(demoHall.stream().allMatch(r -> r.courseCode().equals("CP101") && "CAP-HALL".equals(r.venueCode())),
                demoHall.toString());
        for (int i = 1; i < demoHall.size(); i++) {
            assertFalse(demoHall.get(i).startsOn().isBefore(demoHall.get(i - 1).startsOn()), "soonest first: " + demoHall);
        }

        assertTrue(directory.search(new CohortSearch(null, null, null, null, null, "instructor2", null), 0, 50).rows()
                .stream().noneMatch(r -> r.code().equals("CP101-A")));
        List<CalendarEntry> fortnight = directory.calendar(today().atStartOfDay(), today().plusDays(15).atStartOfDay(),
                null, "instructor", null);
        assertFalse(fortnight.isEmpty());
        Set<String> codes = fortnight.stream().map(CalendarEntry::cohortCode).collect(Collectors.toSet());
        assertTrue(codes.contains("CP101-A"), codes.toString());
        // Only cohorts the instructor teaches (CP101-A and CP205-A of the demo's, and whatever other classes plan).
        for (String code : codes) {
            assertTrue(directory.view(code).orElseThrow().instructors().stream()
                    .anyMatch(i -> i.username().equals("instructor")), code + " is not taught by instructor");
        }
    }

    @Test
    @Order(7)
    void cancellingACohortQueuesAMessageToEachTraineeWaitingOrEnrolled() {
        ownCoursesAndVenues();
        CohortService cohorts = bean(CohortService.class);
        LocalDate start = today().plusDays(150);
        // No meetings: the demo's room 1 is named in the messages and booked at no time.
        cohorts.plan(plan("COH-M", "COH205", start, start.plusDays(5), "CAP-R1", 20, List.of()));
        TestEnrolments enrolments = bean(TestEnrolments.class);
        enrolments.enrolNewTrainee("COH-M", "COH-M1", "سلمى الحداد", "Salma Haddad", SALMA,
                Language.ARABIC, EnrolmentStatus.ENROLLED);
        enrolments.enrolNewTrainee("COH-M", "COH-M2", "جون سميث", "John Smith", JOHN,
                Language.ENGLISH, EnrolmentStatus.WAITLISTED);
        enrolments.enrolNewTrainee("COH-M", "COH-M3", "ليلى", "Layla", LAYLA,
                Language.ENGLISH, EnrolmentStatus.WITHDRAWN);
        assertEquals(2, cohorts.cancel("COH-M", "Too few trainees & the hall is closed"));
    }

    @Test
    @Order(8)
    @RunAsClient
    void theCancellationReachesEachTraineeInTheirLanguage() {
        AutoCloseable mailbox = SharedDeployment.mailbox();
        List<MimeMessage> toSalma = TestMailbox.awaitMessages(mailbox, SALMA, 1);
        List<MimeMessage> toJohn = TestMailbox.awaitMessages(mailbox, JOHN, 1);
        String arabicText = TestMailbox.text(toSalma.get(0));
        assertTrue(arabicText.contains("سلمى الحداد") && arabicText.contains("COH-M")
                && arabicText.contains("Too few trainees & the hall is closed") && arabicText.contains("مركز التدريب - القاعة ١"),
                arabicText);
        String englishText = TestMailbox.text(toJohn.get(0));
        assertTrue(englishText.contains("Dear John Smith") && englishText.contains("has been cancelled")
                && englishText.contains("Training centre, room 1"), englishText);
        assertEquals(0, TestMailbox.countTo(mailbox, LAYLA), "a withdrawn trainee is not told");
    }
}
