package org.tadreeb.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.Meeting;
import org.tadreeb.cohort.Venue;
import org.tadreeb.course.Course;
import org.tadreeb.enrolment.Enrolment;
import org.tadreeb.grading.Attendance;
import org.tadreeb.grading.AttendanceMark;
import org.tadreeb.people.Account;

/**
 * Puts grading's preconditions straight into the database for tests: a cohort of CP101 already in progress with
 * its meetings behind it, and attendance marks (recording attendance is another feature's). Only ever added to
 * test deployments.
 */
@ApplicationScoped
public class TestGrading {

    @jakarta.inject.Inject
    org.tadreeb.platform.CentreClock clock;

    @PersistenceContext
    EntityManager entityManager;

    /** A cohort of CP101 in the Training centre's room 1 that started {@code daysAgo} days ago and ends today, with one
     *  afternoon meeting on each of its past days up to yesterday, taught by the instructor named. */
    @Transactional
    public void inProgressCohort(String code, int daysAgo, String instructor, LocalDate today) {
        inProgressCohort(code, "CP101", "CAP-R1", daysAgo, instructor, today);
    }

    /** The same for another course, in another venue (or none: remote), so that tests sharing a server never clash. */
    @Transactional
    public void inProgressCohort(String code, String courseCode, String venueCode, int daysAgo, String instructor,
                                 LocalDate today) {
        inProgressCohort(code, courseCode, venueCode, daysAgo, instructor, today, 14);
    }

    /** The same, with its afternoon meetings from the hour given instead of 14:00 (two hours each), so that
     *  tests sharing a server, and an instructor, never clash. */
    @Transactional
    public void inProgressCohort(String code, String courseCode, String venueCode, int daysAgo, String instructor,
                                 LocalDate today, int hour) {
        Course course = entityManager.createQuery("SELECT c FROM Course c WHERE c.code = :code", Course.class)
                .setParameter("code", courseCode).getSingleResult();
        Venue venue = venueCode == null ? null : entityManager.createQuery("SELECT v FROM Venue v WHERE v.code = :code",
                Venue.class).setParameter("code", venueCode).getSingleResult();
        Cohort cohort = new Cohort(code, course, today.minusDays(daysAgo), today, venue, 20);
        cohort.assignInstructor(entityManager.createQuery("SELECT a FROM Account a WHERE a.username = :name", Account.class)
                .setParameter("name", instructor).getSingleResult());
        for (int day = daysAgo; day >= 1; day--) {
            LocalDate date = today.minusDays(day);
            cohort.scheduleMeeting(date.atTime(LocalTime.of(hour, 0)), date.atTime(LocalTime.of(hour + 2, 0)), null, null);
        }
        cohort.start(today);
        entityManager.persist(cohort);
    }

    /** Marks the trainee at the cohort's meetings, in time order, one mark per meeting (fewer marks: fewer meetings). */
    @Transactional
    public void attend(String cohortCode, String serviceNumber, AttendanceMark... marks) {
        Enrolment enrolment = entityManager.createQuery("""
                        SELECT e FROM Enrolment e
                        WHERE e.cohort.code = :code
                        AND e.trainee.serviceNumber = :number""", Enrolment.class)
                .setParameter("code", cohortCode)
                .setParameter("number", serviceNumber)
                .getSingleResult();
        List<Meeting> meetings = enrolment.getCohort().heldMeetings();
        for (int i = 0; i < marks.length; i++) {
            String note = marks[i] == AttendanceMark.EXCUSED ? "Excused by the centre" : null;
            List<Attendance> recorded = entityManager.createQuery(
                            "SELECT a FROM Attendance a WHERE a.meeting = :meeting AND a.enrolment = :enrolment", Attendance.class)
                    .setParameter("meeting", meetings.get(i))
                    .setParameter("enrolment", enrolment)
                    .getResultList();
            if (recorded.isEmpty()) {
                entityManager.persist(new Attendance(meetings.get(i), enrolment, marks[i], note, "test", Instant.now()));
            } else {
                recorded.get(0).record(marks[i], note, "test", Instant.now());
            }
        }
    }

    /** Marks a trainee at every meeting of the cohort that has started (over any mark already there). */
    @Transactional
    public void attendAllStarted(String cohortCode, String serviceNumber, AttendanceMark mark) {
        long started = entityManager.createQuery("""
                        SELECT h FROM Cohort h WHERE h.code = :code""", org.tadreeb.cohort.Cohort.class)
                .setParameter("code", cohortCode).getSingleResult().heldMeetings().stream()
                .filter(m -> !m.getStartsAt().isAfter(clock.now()))
                .count();
        AttendanceMark[] marks = new AttendanceMark[(int) started];
        java.util.Arrays.fill(marks, mark);
        attend(cohortCode, serviceNumber, marks);
    }
}
