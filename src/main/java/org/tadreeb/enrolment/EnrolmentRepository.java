package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortCode;
import org.tadreeb.cohort.CohortRepository;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.cohort.CohortSummary;
import org.tadreeb.course.Course;
import org.tadreeb.people.Organisation;
import org.tadreeb.people.Person;

/**
 * The one place that queries the {@link Enrolment} aggregate: the enrolment services ask it under their cohort
 * lock, the pages and other packages (grading, certificates) ask it for a cohort's or a trainee's enrolments.
 * It neither locks nor changes anything; the callers hold the transaction.
 */
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

    // ---- one trainee in one cohort ------------------------------------------------------------------------

    /** The trainee's enrolment in the cohort, whatever its status (there is at most one row per trainee and cohort). */
    /** Per cohort id, how many enrolments have one of the statuses; cohorts without any are left out. */
    public Map<Long, Long> countsByCohort(Collection<Long> cohortIds, Collection<EnrolmentStatus> statuses) {
        Map<Long, Long> counts = new HashMap<>();
        if (cohortIds.isEmpty()) {
            return counts;
        }
        entityManager.createQuery("""
                        SELECT e.cohort.id, COUNT(e) FROM Enrolment e
                        WHERE e.cohort.id IN :ids
                        AND e.status IN :statuses
                        GROUP BY e.cohort.id""", Object[].class)
                .setParameter("ids", cohortIds)
                .setParameter("statuses", statuses)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The trainees of the cohort's enrolments with one of the statuses, in arrival order (by enrolment). */
    public List<Person> traineesOf(Cohort cohort, Collection<EnrolmentStatus> statuses) {
        return entityManager.createQuery("""
                        SELECT e.trainee FROM Enrolment e
                        WHERE e.cohort = :cohort
                        AND e.status IN :statuses
                        ORDER BY e.id""", Person.class)
                .setParameter("cohort", cohort)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    /** Ids of the cohorts in which the person has an enrolment with one of the statuses. */
    public List<Long> cohortIdsOf(long personId, Collection<EnrolmentStatus> statuses) {
        return entityManager.createQuery("""
                        SELECT e.cohort.id FROM Enrolment e
                        WHERE e.trainee.id = :person
                        AND e.status IN :statuses""", Long.class)
                .setParameter("person", personId)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    public Optional<Enrolment> find(Cohort cohort, Person trainee) {
        return entityManager.createQuery("SELECT e FROM Enrolment e WHERE e.cohort = :cohort AND e.trainee = :trainee",
                        Enrolment.class)
                .setParameter("cohort", cohort)
                .setParameter("trainee", trainee)
                .getResultStream().findFirst();
    }

    /** The enrolment in the cohort of the trainee with this service number (as typed: it is normalised here). */
    public Optional<Enrolment> findByServiceNumber(Cohort cohort, String serviceNumber) {
        return entityManager.createQuery("""
                        SELECT e FROM Enrolment e
                        WHERE e.cohort = :cohort AND e.trainee.serviceNumber = :number""", Enrolment.class)
                .setParameter("cohort", cohort)
                .setParameter("number", Person.normaliseNumber(serviceNumber))
                .getResultStream().findFirst();
    }

    /** The id of the enrolment of a trainee (by service number, exactly as stored) in a cohort (by code). */
    public Optional<Long> idOf(String cohortCode, String serviceNumber) {
        List<Long> ids = entityManager.createQuery("""
                        SELECT e.id FROM Enrolment e
                        WHERE e.cohort.code = :code
                        AND e.trainee.serviceNumber = :number""", Long.class)
                .setParameter("code", CohortCode.of(cohortCode).value())
                .setParameter("number", serviceNumber)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    // ---- a cohort's enrolments ------------------------------------------------------------------------------

    /** The ids of a cohort's enrolments (by code) in one status, by the trainees' service numbers. */
    public List<Long> idsOf(String cohortCode, EnrolmentStatus status) {
        return entityManager.createQuery("""
                        SELECT e.id FROM Enrolment e
                        WHERE e.cohort.code = :code
                        AND e.status = :status
                        ORDER BY e.trainee.serviceNumber""", Long.class)
                .setParameter("code", CohortCode.of(cohortCode).value())
                .setParameter("status", status)
                .getResultList();
    }

    /** A cohort's enrolments in any of these statuses, with their trainees, in name order (then service number). */
    public List<Enrolment> ofCohortByName(Cohort cohort, Collection<EnrolmentStatus> statuses) {
        return entityManager.createQuery("""
                        SELECT e FROM Enrolment e
                        JOIN FETCH e.trainee t
                        WHERE e.cohort = :cohort
                        AND e.status IN :statuses
                        ORDER BY t.nameLatin, t.serviceNumber""", Enrolment.class)
                .setParameter("cohort", cohort)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    /** Every enrolment of a cohort (by code), with the trainee and their organisation, in arrival order. */
    public List<Enrolment> ofCohortInArrivalOrder(String cohortCode) {
        return entityManager.createQuery("""
                        SELECT e FROM Enrolment e JOIN FETCH e.trainee t LEFT JOIN FETCH t.organisation
                        WHERE e.cohort.code = :code
                        ORDER BY e.queuedAt, e.id""", Enrolment.class)
                .setParameter("code", CohortCode.of(cohortCode).value())
                .getResultList();
    }

    /** The enrolled trainees' enrolments of a cohort, with the trainees. */
    public List<Enrolment> enrolledIn(Cohort cohort) {
        return entityManager.createQuery("""
                        SELECT e FROM Enrolment e JOIN FETCH e.trainee
                        WHERE e.cohort = :cohort AND e.status = :enrolled""", Enrolment.class)
                .setParameter("cohort", cohort)
                .setParameter("enrolled", EnrolmentStatus.ENROLLED)
                .getResultList();
    }

    /** A cohort's waiting list, every pool together, in arrival order, with the trainees. */
    public List<Enrolment> waitingIn(Cohort cohort) {
        return entityManager.createQuery("""
                        SELECT e FROM Enrolment e JOIN FETCH e.trainee
                        WHERE e.cohort = :cohort AND e.status = :waitlisted
                        ORDER BY e.queuedAt, e.id""", Enrolment.class)
                .setParameter("cohort", cohort)
                .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                .getResultList();
    }

    /** The seats taken in a cohort, by seat pool (pools with nobody enrolled are absent). */
    public Map<String, Long> seatsTakenByPool(Cohort cohort) {
        Map<String, Long> enrolled = new HashMap<>();
        entityManager.createQuery("""
                        SELECT e.seatPool, COUNT(e) FROM Enrolment e
                        WHERE e.cohort = :cohort AND e.status = :enrolled
                        GROUP BY e.seatPool""", Object[].class)
                .setParameter("cohort", cohort)
                .setParameter("enrolled", EnrolmentStatus.ENROLLED)
                // Every change to who holds a seat is flushed as it is made; without this, a new enrolment not yet
                // seated would be inserted here only to be updated a moment later with its seat.
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()
                .forEach(row -> enrolled.put((String) row[0], (Long) row[1]));
        return enrolled;
    }

    /** The codes of live cohorts whose quotas were released by {@code today} and that have a waiting list. */
    public List<String> cohortsWaitingAfterQuotasReleased(LocalDate today) {
        return entityManager.createQuery("""
                        SELECT DISTINCT e.cohort.code FROM Enrolment e
                        WHERE e.status = :waitlisted
                        AND e.cohort.quotasReleaseOn <= :today
                        AND e.cohort.status IN :live""", String.class)
                .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                .setParameter("today", today)
                .setParameter("live", CohortStatus.LIVE)
                .getResultList();
    }

    // ---- a trainee's enrolments -----------------------------------------------------------------------------

    /** The last day of the latest cohort of the course the trainee completed, if any. */
    public Optional<LocalDate> latestCompletion(Person trainee, Course course) {
        return entityManager.createQuery("""
                        SELECT e.cohort.endsOn FROM Enrolment e
                        WHERE e.trainee = :trainee AND e.cohort.course = :course AND e.status = :completed
                        ORDER BY e.cohort.endsOn DESC""", LocalDate.class)
                .setParameter("trainee", trainee)
                .setParameter("course", course)
                .setParameter("completed", EnrolmentStatus.COMPLETED)
                .setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    /**
     * The code of another live cohort of the same course, whose dates overlap the cohort's, in which the trainee
     * holds a live enrolment, if there is one.
     */
    public Optional<String> overlappingLiveCohortOf(Person trainee, Cohort cohort) {
        return entityManager.createQuery("""
                        SELECT e.cohort.code FROM Enrolment e
                        WHERE e.trainee = :trainee
                        AND e.cohort <> :cohort
                        AND e.cohort.course = :course
                        AND e.status IN :live
                        AND e.cohort.status IN :liveCohorts
                        AND e.cohort.startsOn <= :endsOn
                        AND e.cohort.endsOn >= :startsOn""", String.class)
                .setParameter("trainee", trainee)
                .setParameter("cohort", cohort)
                .setParameter("course", cohort.getCourse())
                .setParameter("live", EnrolmentStatus.LIVE)
                .setParameter("liveCohorts", CohortStatus.LIVE)
                .setParameter("endsOn", cohort.getEndsOn())
                .setParameter("startsOn", cohort.getStartsOn())
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Every enrolment of the person, with its cohort, latest cohort first (a transcript's lines). */
    public List<Enrolment> historyOf(Person person) {
        return entityManager.createQuery("""
                        SELECT e FROM Enrolment e
                        JOIN FETCH e.cohort c
                        WHERE e.trainee = :person
                        ORDER BY c.startsOn DESC, c.code""", Enrolment.class)
                .setParameter("person", person)
                .getResultList();
    }

    /** The person's enrolments in these statuses, in cohorts in these statuses, with the cohort, latest first. */
    public List<Enrolment> ofTrainee(Person person, Collection<EnrolmentStatus> statuses,
                                     Collection<CohortStatus> cohortStatuses) {
        return entityManager.createQuery("""
                        SELECT e FROM Enrolment e
                        JOIN FETCH e.cohort c
                        WHERE e.trainee = :person
                        AND e.status IN :statuses
                        AND c.status IN :cohortStatuses
                        ORDER BY c.startsOn DESC, c.code""", Enrolment.class)
                .setParameter("person", person)
                .setParameter("statuses", statuses)
                .setParameter("cohortStatuses", cohortStatuses)
                .getResultList();
    }

    /**
     * The enrolments of an organisation's people in cohorts that end on {@code since} or later, with trainee,
     * cohort and course: latest cohort first, then by cohort code and the trainee's name.
     */
    public List<Enrolment> ofOrganisationSince(Organisation organisation, LocalDate since) {
        return entityManager.createQuery("""
                        SELECT e FROM Enrolment e JOIN FETCH e.trainee t JOIN FETCH e.cohort h JOIN FETCH h.course
                        WHERE t.organisation = :organisation AND h.endsOn >= :since
                        ORDER BY h.startsOn DESC, h.code, t.nameLatin""", Enrolment.class)
                .setParameter("organisation", organisation)
                .setParameter("since", since)
                .getResultList();
    }
}
