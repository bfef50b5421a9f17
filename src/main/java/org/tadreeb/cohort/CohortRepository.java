package org.tadreeb.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class CohortRepository {

    private static final List<CohortStatus> LIVE = List.of(CohortStatus.PLANNED, CohortStatus.OPEN, CohortStatus.IN_PROGRESS);

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CohortMembers members;

    /** The live cohorts an instructor teaches, soonest first. */
    /** The one way to find a cohort by its code. */
    public Optional<Cohort> findByCode(CohortCode code) {
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return entityManager.createQuery("SELECT h FROM Cohort h WHERE h.code = :code", Cohort.class)
                .setParameter("code", code.value())
                .getResultStream().findFirst();
    }

    public boolean exists(CohortCode code) {
        return !code.isEmpty() && !entityManager.createQuery("SELECT h.id FROM Cohort h WHERE h.code = :code", Long.class)
                .setParameter("code", code.value())
                .getResultList().isEmpty();
    }

    /**
     * The cohort with its course and venue, which every enrolment path uses. When {@code lock} is set, its row is
     * first locked ({@code SELECT ... FOR UPDATE}, until the transaction ends) by a statement of its own, then read:
     * locking through the JPQL read instead would lock the course's and venue's rows with it (joined rows are
     * locked too), and EclipseLink refreshes an entity read under a lock together with its collections — the
     * cohort's instructors, meetings and quotas, the course's prerequisites and scheme — five statements this path
     * mostly does not need (docs/performance.md, "Enrolling"). The read sees the latest committed row: each request
     * starts with an empty persistence context, and a cohort this transaction already changed is checked by its
     * version on commit.
     */
    public Optional<Cohort> forSeatChange(CohortCode code, boolean lock) {
        if (code.isEmpty() || lock && entityManager.createNativeQuery("SELECT id FROM cohort WHERE code = ? FOR UPDATE")
                .setParameter(1, code.value()).getResultList().isEmpty()) {
            return Optional.empty();
        }
        return entityManager.createQuery("""
                        SELECT h FROM Cohort h JOIN FETCH h.course LEFT JOIN FETCH h.venue
                        WHERE h.code = :code""", Cohort.class)
                .setParameter("code", code.value())
                .getResultStream().findFirst();
    }

    public List<CohortSummary> taughtBy(String username, LocalDateTime now) {
        List<Cohort> cohorts = entityManager.createQuery("""
                        SELECT c FROM Cohort c
                        JOIN c.instructors i
                        JOIN FETCH c.course
                        WHERE i.username = :username
                        AND c.status IN :live
                        ORDER BY c.startsOn, c.code""", Cohort.class)
                .setParameter("username", username)
                .setParameter("live", LIVE)
                .getResultList();
        return summaries(cohorts, now);
    }

    /** Live cohorts that have not ended, soonest first. */
    public List<CohortSummary> upcoming(LocalDate today, LocalDateTime now, int limit) {
        List<Cohort> cohorts = entityManager.createQuery("""
                        SELECT c FROM Cohort c
                        JOIN FETCH c.course
                        WHERE c.status IN :live
                        AND c.endsOn >= :today
                        ORDER BY c.startsOn, c.code""", Cohort.class)
                .setParameter("live", LIVE)
                .setParameter("today", today)
                .setMaxResults(limit)
                .getResultList();
        return summaries(cohorts, now);
    }

    public List<CohortSummary> summaries(List<Cohort> cohorts, LocalDateTime now) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = cohorts.stream().map(Cohort::getId).toList();
        Map<Long, LocalDateTime> nextMeetings = nextMeetings(ids, now);
        Map<Long, Long> enrolled = enrolledCounts(ids);
        return cohorts.stream().map(c -> new CohortSummary(c.getCode(), c.getCourse().getCode(),
                c.getCourse().getTitleArabic(), c.getCourse().getTitleEnglish(), c.getStartsOn(), c.getEndsOn(),
                c.venue(java.util.Locale.forLanguageTag("ar")), c.venue(java.util.Locale.ENGLISH), c.getStatus(),
                c.getSeatLimit(), enrolled.getOrDefault(c.getId(), 0L), nextMeetings.get(c.getId()))).toList();
    }

    private Map<Long, LocalDateTime> nextMeetings(Collection<Long> cohortIds, LocalDateTime now) {
        Map<Long, LocalDateTime> next = new HashMap<>();
        entityManager.createQuery("""
                        SELECT m.cohort.id, MIN(m.startsAt) FROM Meeting m
                        WHERE m.cohort.id IN :ids
                        AND m.endsAt >= :now
                        GROUP BY m.cohort.id""", Object[].class)
                .setParameter("ids", cohortIds)
                .setParameter("now", now)
                .getResultList()
                .forEach(row -> next.put((Long) row[0], (LocalDateTime) row[1]));
        return next;
    }

    /** How many trainees hold a seat in each of the cohorts (by id); cohorts with none are left out. */
    public Map<Long, Long> enrolledCounts(Collection<Long> cohortIds) {
        return members.seatsTaken(cohortIds);
    }
}
