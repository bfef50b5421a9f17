package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortRepository;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.cohort.CohortSummary;

@ApplicationScoped
public class EnrolmentRepository {

    private static final List<EnrolmentStatus> CURRENT = List.of(
            EnrolmentStatus.REQUESTED, EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED);
    private static final List<EnrolmentStatus> SHOWN_TO_TRAINEE = List.of(EnrolmentStatus.REQUESTED,
            EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.DECLINED, EnrolmentStatus.WITHDRAWN);

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CohortRepository cohorts;

    /** The signed-in trainee's current enrolments in cohorts that have not ended, soonest first. */
    public List<EnrolmentSummary> currentOf(String username, LocalDate today, LocalDateTime now) {
        List<Enrolment> enrolments = entityManager.createQuery("""
                        SELECT e FROM Enrolment e
                        JOIN FETCH e.cohort
                        WHERE e.trainee IN (SELECT a.person FROM Account a WHERE a.username = :username)
                        AND e.status IN :current
                        AND e.cohort.endsOn >= :today
                        ORDER BY e.cohort.startsOn, e.cohort.code""", Enrolment.class)
                .setParameter("username", username)
                .setParameter("current", CURRENT)
                .setParameter("today", today)
                .getResultList();
        Map<String, CohortSummary> summaries = cohorts.summaries(
                        enrolments.stream().map(Enrolment::getCohort).toList(), now).stream()
                .collect(Collectors.toMap(CohortSummary::code, Function.identity()));
        return enrolments.stream()
                .map(e -> new EnrolmentSummary(summaries.get(e.getCohort().getCode()), e.getStatus()))
                .toList();
    }

    /**
     * The trainee's enrolments in cohorts that have not ended, soonest first, for "My training": the live ones with
     * their place on the waiting list, and the declined (with the reason) and withdrawn ones, so that the trainee
     * sees what became of a request.
     */
    public List<EnrolmentSummary> trainingOf(String username, LocalDate today, LocalDateTime now) {
        List<Enrolment> enrolments = entityManager.createQuery("""
                        SELECT e FROM Enrolment e
                        JOIN FETCH e.cohort
                        WHERE e.trainee IN (SELECT a.person FROM Account a WHERE a.username = :username)
                        AND e.status IN :shown
                        AND e.cohort.endsOn >= :today
                        AND e.cohort.status IN :liveCohorts
                        ORDER BY e.cohort.startsOn, e.cohort.code""", Enrolment.class)
                .setParameter("username", username)
                .setParameter("shown", SHOWN_TO_TRAINEE)
                .setParameter("today", today)
                .setParameter("liveCohorts", CohortStatus.LIVE)
                .getResultList();
        Map<String, CohortSummary> summaries = cohorts.summaries(
                        enrolments.stream().map(Enrolment::getCohort).toList(), now).stream()
                .collect(Collectors.toMap(CohortSummary::code, Function.identity()));
        return enrolments.stream()
                .map(e -> new EnrolmentSummary(summaries.get(e.getCohort().getCode()), e.getStatus(),
                        waitlistPosition(e), e.getReason(),
                        e.isLive() && today.isBefore(e.getCohort().getStartsOn())
                                && e.getCohort().getStatus() != CohortStatus.IN_PROGRESS))
                .toList();
    }

    /** The place on the waiting list of the enrolment's seat pool, counting from 1; null when not waitlisted. */
    public Integer waitlistPosition(Enrolment enrolment) {
        if (enrolment.getStatus() != EnrolmentStatus.WAITLISTED) {
            return null;
        }
        return 1 + entityManager.createQuery("""
                        SELECT COUNT(e) FROM Enrolment e
                        WHERE e.cohort = :cohort
                        AND e.status = :waitlisted
                        AND e.seatPool = :pool
                        AND (e.queuedAt < :queuedAt OR (e.queuedAt = :queuedAt AND e.id < :id))""", Long.class)
                .setParameter("cohort", enrolment.getCohort())
                .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                .setParameter("pool", enrolment.getSeatPool())
                .setParameter("queuedAt", enrolment.getQueuedAt())
                .setParameter("id", enrolment.getId())
                .getSingleResult().intValue();
    }

    public long countEnrolledIn(Cohort cohort) {
        return entityManager.createQuery("""
                        SELECT COUNT(e) FROM Enrolment e
                        WHERE e.cohort = :cohort
                        AND e.status = :enrolled""", Long.class)
                .setParameter("cohort", cohort)
                .setParameter("enrolled", EnrolmentStatus.ENROLLED)
                .getSingleResult();
    }
}
