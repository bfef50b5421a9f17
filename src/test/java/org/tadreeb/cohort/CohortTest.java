package org.tadreeb.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tadreeb.course.Course;
import org.tadreeb.people.Account;
import org.tadreeb.people.Governorate;
import org.tadreeb.people.Person;
import org.tadreeb.people.Role;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.BusinessException;

/** The rules a cohort, its meetings and a weekly pattern keep on their own, without a database. */
class CohortTest {

    private static final LocalDate START = LocalDate.of(2027, 2, 7); // a Sunday
    private final Venue room = new Venue("ROOM", "قاعة", "Room", new Governorate("CAP", "العاصمة", "Capital", 1), 20);

    private Cohort cohort() {
        return new Cohort("cp101-x", new Course("CP101", "أساسيات", "Fundamentals", 20), START, START.plusDays(13), room, 20);
    }

    @Test
    void onlyTheLifecyclesTransitionsAreAllowed() {
        assertTrue(CohortStatus.PLANNED.canMoveTo(CohortStatus.OPEN));
        assertTrue(CohortStatus.OPEN.canMoveTo(CohortStatus.PLANNED));
        assertTrue(CohortStatus.OPEN.canMoveTo(CohortStatus.IN_PROGRESS));
        assertTrue(CohortStatus.IN_PROGRESS.canMoveTo(CohortStatus.COMPLETED));
        assertTrue(CohortStatus.IN_PROGRESS.canMoveTo(CohortStatus.CANCELLED));
        assertFalse(CohortStatus.PLANNED.canMoveTo(CohortStatus.COMPLETED));
        assertFalse(CohortStatus.IN_PROGRESS.canMoveTo(CohortStatus.OPEN));
        for (CohortStatus next : CohortStatus.values()) {
            assertFalse(CohortStatus.COMPLETED.canMoveTo(next));
            assertFalse(CohortStatus.CANCELLED.canMoveTo(next));
        }
    }

    @Test
    void seatsFitTheRoomAndMeetingsFitTheDates() {
        Cohort cohort = cohort();
        assertEquals("CP101-X", cohort.getCode());
        assertEquals("cohort.error.seatsAboveCapacity", assertThrows(BusinessException.class,
                () -> cohort.seat(room, 21, 0)).messageKey());
        assertEquals("cohort.error.seatsBelowEnrolled", assertThrows(BusinessException.class,
                () -> cohort.seat(room, 5, 6)).messageKey());
        cohort.seat(null, 200, 0);
        assertEquals(200, cohort.getSeatLimit(), "a remote cohort is limited by nothing but its seat limit");
        assertEquals("cohort.error.meetingOutsideDates", assertThrows(BusinessException.class,
                () -> cohort.scheduleMeeting(START.minusDays(1).atTime(9, 0), START.minusDays(1).atTime(10, 0), null, null)).messageKey());
        assertEquals("meeting.error.endsBeforeStart", assertThrows(BusinessException.class,
                () -> cohort.scheduleMeeting(START.atTime(10, 0), START.atTime(10, 0), null, null)).messageKey());
        assertEquals("meeting.error.spansDays", assertThrows(BusinessException.class,
                () -> cohort.scheduleMeeting(START.atTime(22, 0), START.plusDays(1).atTime(1, 0), null, null)).messageKey());
        cohort.scheduleMeeting(START.plusDays(13).atTime(9, 0), START.plusDays(13).atTime(12, 0), " ", "Last day");
        assertEquals(1, cohort.getMeetings().size());
        assertEquals(null, cohort.getMeetings().get(0).getTopicArabic(), "a blank topic is no topic");
        assertEquals("cohort.error.meetingOutsideNewDates", assertThrows(BusinessException.class,
                () -> cohort.reschedule(START, START.plusDays(12))).messageKey());
        assertEquals("cohort.error.windowAfterEnd", assertThrows(BusinessException.class,
                () -> cohort.openEnrolmentBetween(null, START.plusDays(14), false)).messageKey());
        assertEquals("cohort.error.windowReversed", assertThrows(BusinessException.class,
                () -> cohort.openEnrolmentBetween(START, START.minusDays(1), false)).messageKey());
    }

    @Test
    void requestsAreAcceptedOnlyWhileOpenAndInsideTheWindow() {
        Cohort cohort = cohort();
        cohort.openEnrolmentBetween(START.minusDays(10), START.minusDays(1), true);
        cohort.scheduleMeeting(START.atTime(9, 0), START.atTime(12, 0), null, null);
        assertFalse(cohort.acceptsRequestsOn(START.minusDays(5)), "planned, not yet open");
        cohort.openForEnrolment(START.minusDays(20));
        assertFalse(cohort.acceptsRequestsOn(START.minusDays(11)));
        assertTrue(cohort.acceptsRequestsOn(START.minusDays(10)));
        assertTrue(cohort.acceptsRequestsOn(START.minusDays(1)));
        assertFalse(cohort.acceptsRequestsOn(START));
    }

    @Test
    void aCohortCompletesOnlyAfterItsLastMeetingAndHistoryNeverChanges() {
        Cohort cohort = cohort();
        cohort.scheduleMeeting(START.atTime(9, 0), START.atTime(12, 0), null, null);
        Meeting last = cohort.scheduleMeeting(START.plusDays(2).atTime(9, 0), START.plusDays(2).atTime(12, 0), null, null);
        assertEquals("cohort.error.startNeedsInstructor", assertThrows(BusinessException.class,
                () -> cohort.start(START)).messageKey());
        cohort.assignInstructor(new Account(new Person("I-1", "مدرب", "Trainer"), "trainer", Language.ARABIC,
                Set.of(Role.INSTRUCTOR)));
        assertEquals("cohort.error.startBeforeFirstDay", assertThrows(BusinessException.class,
                () -> cohort.start(START.minusDays(1))).messageKey());
        cohort.start(START);
        assertEquals("cohort.error.completeBeforeLastMeeting", assertThrows(BusinessException.class,
                () -> cohort.complete(START.plusDays(2).atTime(11, 59))).messageKey());
        assertEquals("cohort.error.cancelNeedsReason", assertThrows(BusinessException.class,
                () -> cohort.cancel(null, Instant.now())).messageKey());
        assertEquals(CohortStatus.IN_PROGRESS, cohort.getStatus(), "a refused transition leaves the status alone");
        cohort.cancel("No trainer", Instant.now());
        assertEquals(CohortStatus.CANCELLED, cohort.getStatus());
        assertEquals("cohort.error.notEditable", assertThrows(BusinessException.class, last::cancel).messageKey());
        assertEquals("cohort.error.transition", assertThrows(BusinessException.class,
                () -> cohort.openForEnrolment(START)).messageKey());
    }

    @Test
    void aWeeklyPatternMakesNumberedMeetingsOnItsDays() {
        WeeklyPattern pattern = new WeeklyPattern(Set.of(DayOfWeek.SUNDAY, DayOfWeek.TUESDAY), LocalTime.of(9, 0),
                LocalTime.of(12, 0), START, START.plusDays(13), "الجلسة", "Session");
        assertTrue(pattern.check().isEmpty());
        List<MeetingDetails> meetings = pattern.meetings();
        assertEquals(List.of(START, START.plusDays(2), START.plusDays(7), START.plusDays(9)),
                meetings.stream().map(MeetingDetails::day).toList());
        assertEquals("Session 4", meetings.get(3).topicEnglish());
        assertEquals("الجلسة 1", meetings.get(0).topicArabic());

        WeeklyPattern none = new WeeklyPattern(Set.of(DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(10, 0),
                START, START.plusDays(4), null, null);
        assertEquals("meeting.error.patternEmpty", none.check().get(0).messageKey());
        WeeklyPattern tooMany = new WeeklyPattern(Set.of(DayOfWeek.values()), LocalTime.of(9, 0), LocalTime.of(10, 0),
                START, START.plusDays(365), null, null);
        assertEquals("meeting.error.patternTooMany", tooMany.check().get(0).messageKey());
    }
}
