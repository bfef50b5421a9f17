package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.enrolment.EnrolmentOutcome;
import org.tadreeb.enrolment.EnrolmentRequests;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.CentreClock;

/**
 * Where a holder whose certificate runs out goes next: the next cohort of the same course that has not started
 * (planned or open), and the administrator's one-click nomination into it, which is the ordinary administrator
 * enrolment ({@link EnrolmentRequests#enrolByAdministrator}): seats, quotas, the waiting list, prerequisites and the
 * trainee's mail behave exactly as they do on the roster.
 */
@ApplicationScoped
public class Recertification {

    /** Cohorts a holder can still be nominated into. */
    static final List<CohortStatus> UPCOMING = List.of(CohortStatus.PLANNED, CohortStatus.OPEN);

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    EnrolmentRequests enrolments;

    @Inject
    CentreClock clock;

    /** The next cohort of a course: its code and first day. */
    public record NextCohort(String code, LocalDate startsOn) {
    }

    /** Nominated: the cohort, and where the holder stands in it. */
    public record Nomination(NextCohort cohort, EnrolmentOutcome outcome) {
    }

    /** The next cohort of each course that has one (starting on {@code day} or later), in one query. */
    @Transactional
    public Map<String, NextCohort> nextCohorts(Collection<String> courseCodes, LocalDate day) {
        Map<String, NextCohort> next = new LinkedHashMap<>();
        if (courseCodes.isEmpty()) {
            return next;
        }
        entityManager.createQuery("""
                        SELECT h.course.code, h.code, h.startsOn FROM Cohort h
                        WHERE h.course.code IN :courses
                        AND h.status IN :upcoming
                        AND h.startsOn >= :day
                        ORDER BY h.startsOn, h.code""", Object[].class)
                .setParameter("courses", courseCodes)
                .setParameter("upcoming", UPCOMING)
                .setParameter("day", day)
                .getResultList()
                .forEach(row -> next.putIfAbsent((String) row[0], new NextCohort((String) row[1], (LocalDate) row[2])));
        return next;
    }

    /**
     * Nominates the holder of a certificate into the next cohort of its course, as an administrator enrols:
     * answers where they stand (enrolled, waitlisted, or already there); a refusal (prerequisites, an overlapping
     * cohort, an inactive trainee...) is the enrolment's own {@link BusinessException}. Each step is its own
     * transaction, as on the roster.
     */
    public Nomination nominate(String certificateNumber, String administrator) {
        Object[] holder = holderOf(certificateNumber);
        String course = (String) holder[0];
        String serviceNumber = (String) holder[1];
        NextCohort cohort = nextCohorts(List.of(course), clock.today()).get(course);
        if (cohort == null) {
            throw new BusinessException("expiry.error.noUpcomingCohort", course);
        }
        return new Nomination(cohort, enrolments.enrolByAdministrator(cohort.code(), serviceNumber, administrator));
    }

    /** The course code and the holder's service number of a certificate. */
    private Object[] holderOf(String certificateNumber) {
        return entityManager.createQuery("""
                        SELECT h.course.code, e.trainee.serviceNumber FROM Certificate c
                        JOIN c.enrolment e
                        JOIN e.cohort h
                        WHERE c.number = :number""", Object[].class)
                .setParameter("number", certificateNumber)
                .getResultStream().findFirst()
                .orElseThrow(() -> new CertificateNotFoundException(certificateNumber));
    }
}
