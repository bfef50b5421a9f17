package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortMembers;
import org.tadreeb.people.Person;

/** The cohorts' questions about their trainees ({@link CohortMembers}), answered from the enrolments. */
@ApplicationScoped
public class EnrolmentsOfCohorts implements CohortMembers {

    /** Enrolments that hold a seat. */
    static final List<EnrolmentStatus> HOLDING_A_SEAT = List.of(EnrolmentStatus.ENROLLED);
    /** Trainees who hear about a cancellation: everyone holding or waiting for a seat. */
    static final List<EnrolmentStatus> TOLD_OF_CANCELLATION =
            List.of(EnrolmentStatus.REQUESTED, EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED);
    /** Enrolments whose trainee sees the cohort on their calendar. */
    static final List<EnrolmentStatus> ON_TRAINEE_CALENDAR = List.of(EnrolmentStatus.REQUESTED, EnrolmentStatus.ENROLLED,
            EnrolmentStatus.WAITLISTED, EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED);

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Map<Long, Long> seatsTaken(Collection<Long> cohortIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (cohortIds.isEmpty()) {
            return counts;
        }
        entityManager.createQuery("""
                        SELECT e.cohort.id, COUNT(e) FROM Enrolment e
                        WHERE e.cohort.id IN :ids
                        AND e.status IN :holding
                        GROUP BY e.cohort.id""", Object[].class)
                .setParameter("ids", cohortIds)
                .setParameter("holding", HOLDING_A_SEAT)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public List<Person> toldOfCancellation(Cohort cohort) {
        return entityManager.createQuery("""
                        SELECT e.trainee FROM Enrolment e
                        WHERE e.cohort = :cohort
                        AND e.status IN :told
                        ORDER BY e.id""", Person.class)
                .setParameter("cohort", cohort)
                .setParameter("told", TOLD_OF_CANCELLATION)
                .getResultList();
    }

    @Override
    public List<Long> cohortsOnCalendarOf(long personId) {
        return entityManager.createQuery("""
                        SELECT e.cohort.id FROM Enrolment e
                        WHERE e.trainee.id = :person
                        AND e.status IN :onCalendar""", Long.class)
                .setParameter("person", personId)
                .setParameter("onCalendar", ON_TRAINEE_CALENDAR)
                .getResultList();
    }
}
