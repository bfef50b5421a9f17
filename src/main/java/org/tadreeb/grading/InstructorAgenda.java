package org.tadreeb.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.cohort.Meeting;
import org.tadreeb.platform.CentreClock;

/** What an instructor's home lists: the meetings of the coming days and the cohorts whose grading is not done. */
@ApplicationScoped
public class InstructorAgenda {

    /** How far ahead the home looks for meetings. */
    public static final int DAYS_AHEAD = 14;

    /** A cohort whose results are not yet published: in progress, or completed and waiting for them. */
    public record CohortToGrade(String code, String courseTitleArabic, String courseTitleEnglish, LocalDate startsOn,
                                LocalDate endsOn, CohortStatus status) implements Serializable {

        public String courseTitle(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CentreClock clock;

    /** The instructor's meetings today and in the next {@value #DAYS_AHEAD} days (cancelled ones left out). */
    @Transactional
    public List<AttendanceSheet.Slot> meetingsAhead(String username) {
        LocalDate today = clock.today();
        return entityManager.createQuery("""
                        SELECT m FROM Meeting m
                        JOIN m.cohort c
                        JOIN c.instructors i
                        WHERE i.username = :username
                        AND m.cancelled = false
                        AND c.status <> :cancelled
                        AND m.startsAt >= :from
                        AND m.startsAt < :until
                        ORDER BY m.startsAt, c.code""", Meeting.class)
                .setParameter("username", normalised(username))
                .setParameter("cancelled", CohortStatus.CANCELLED)
                .setParameter("from", today.atStartOfDay())
                .setParameter("until", today.plusDays(DAYS_AHEAD + 1L).atStartOfDay())
                .getResultStream()
                .map(m -> AttendanceSheet.Slot.of(m, m.getCohort()))
                .toList();
    }

    /** The cohorts the instructor teaches that are in progress or completed and whose results are not published. */
    @Transactional
    public List<CohortToGrade> gradingToDo(String username) {
        return entityManager.createQuery("""
                        SELECT c FROM Cohort c
                        JOIN c.instructors i
                        JOIN FETCH c.course
                        WHERE i.username = :username
                        AND c.status IN :grading
                        AND c.resultsPublishedAt IS NULL
                        ORDER BY c.endsOn, c.code""", Cohort.class)
                .setParameter("username", normalised(username))
                .setParameter("grading", List.of(CohortStatus.IN_PROGRESS, CohortStatus.COMPLETED))
                .getResultStream()
                .map(c -> new CohortToGrade(c.getCode(), c.getCourse().getTitleArabic(), c.getCourse().getTitleEnglish(),
                        c.getStartsOn(), c.getEndsOn(), c.getStatus()))
                .toList();
    }

    private static String normalised(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
