package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.course.Course;
import org.tadreeb.people.Account;
import org.tadreeb.platform.CentreClock;

/**
 * Test-only changes to certificates that the application never makes (an expiry in the past), and a completed
 * cohort of CP101 besides the demo's CP101-0, for tests that issue certificates without touching that one.
 */
@ApplicationScoped
public class TestCertificates {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CentreClock clock;

    @Transactional
    public void expire(String number, LocalDate on) {
        entityManager.createNativeQuery("UPDATE certificate SET expires_on = ? WHERE certificate_number = ?")
                .setParameter(1, on).setParameter(2, number).executeUpdate();
    }

    @Transactional
    public long countOfCohort(String cohortCode) {
        return entityManager.createQuery("SELECT COUNT(c) FROM Certificate c WHERE c.enrolment.cohort.code = :code", Long.class)
                .setParameter("code", cohortCode).getSingleResult();
    }

    /**
     * The serial of the last certificate numbered in the year (0 before the first): numbers are counted per year
     * across the whole database, so a test on the shared deployment expects its own to follow this one.
     */
    @Transactional
    public long lastSerial(int year) {
        List<?> found = entityManager.createNativeQuery("SELECT last_serial FROM certificate_counter WHERE issue_year = ?")
                .setParameter(1, year).getResultList();
        return found.isEmpty() ? 0 : ((Number) found.get(0)).longValue();
    }

    /**
     * A cohort of CP101 (remote, taught by the demo instructor) that met on its last day, {@code endedDaysAgo} days
     * ago, and is completed, as the demo data makes CP101-0. No one is in it: place trainees with TestEnrolments.
     */
    @Transactional
    public void completedCohort(String code, int endedDaysAgo) {
        completedCohort(code, "CP101", endedDaysAgo);
    }

    /** The same for another course (a test's own, say: see {@code TestCourses}). */
    @Transactional
    public void completedCohort(String code, String courseCode, int endedDaysAgo) {
        Course course = entityManager.createQuery("SELECT c FROM Course c WHERE c.code = :code", Course.class)
                .setParameter("code", courseCode).getSingleResult();
        Account instructor = entityManager.createQuery("SELECT a FROM Account a WHERE a.username = 'instructor'",
                Account.class).getSingleResult();
        LocalDate endsOn = clock.today().minusDays(endedDaysAgo);
        Cohort cohort = new Cohort(code, course, endsOn.minusDays(2), endsOn, null, 25);
        cohort.assignInstructor(instructor);
        cohort.scheduleMeeting(endsOn.atTime(9, 0), endsOn.atTime(12, 0), "الجلسة ١", "Session 1");
        cohort.start(endsOn.minusDays(2));
        cohort.complete(clock.now());
        entityManager.persist(cohort);
    }
}
