package org.tadreeb.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tadreeb.cohort.Cohort;

/**
 * How each trainee of a cohort attended, counted in the database: one query grouped by enrolment and mark, whatever
 * the number of meetings. Meetings cancelled after attendance was taken do not count.
 */
@ApplicationScoped
public class AttendanceTallies {

    @PersistenceContext
    EntityManager entityManager;

    /** The tally of every enrolment of the cohort with at least one mark, by enrolment id. */
    public Map<Long, AttendanceTally> of(Cohort cohort) {
        List<Object[]> counts = entityManager.createQuery("""
                        SELECT a.enrolment.id, a.mark, COUNT(a)
                        FROM Attendance a
                        WHERE a.enrolment.cohort = :cohort
                        AND a.meeting.cancelled = FALSE
                        GROUP BY a.enrolment.id, a.mark""", Object[].class)
                .setParameter("cohort", cohort)
                .getResultList();
        Map<Long, int[]> byMark = new HashMap<>();
        for (Object[] count : counts) {
            byMark.computeIfAbsent((Long) count[0], id -> new int[AttendanceMark.values().length])
                    [((AttendanceMark) count[1]).ordinal()] = ((Long) count[2]).intValue();
        }
        Map<Long, AttendanceTally> tallies = new HashMap<>();
        byMark.forEach((id, n) -> tallies.put(id, new AttendanceTally(n[AttendanceMark.PRESENT.ordinal()],
                n[AttendanceMark.LATE.ordinal()], n[AttendanceMark.ABSENT.ordinal()], n[AttendanceMark.EXCUSED.ordinal()])));
        return tallies;
    }
}
