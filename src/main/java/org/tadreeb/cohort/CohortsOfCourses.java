package org.tadreeb.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tadreeb.course.Course;
import org.tadreeb.course.CourseCohorts;
import org.tadreeb.course.UpcomingCohort;
import org.tadreeb.people.Governorate;

/** The catalogue's questions about a course's cohorts ({@link CourseCohorts}), answered from the cohorts. */
@ApplicationScoped
public class CohortsOfCourses implements CourseCohorts {

    /** Cohorts a trainee can still join: planned or open, and not started. */
    static final List<CohortStatus> UPCOMING = List.of(CohortStatus.PLANNED, CohortStatus.OPEN);
    /** Cohorts whose results exist or are being recorded: the scheme is fixed once one exists. */
    static final List<CohortStatus> STARTED = List.of(CohortStatus.IN_PROGRESS, CohortStatus.COMPLETED);

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CohortRepository seats;

    @Override
    public Optional<String> latestStartedCohortOf(Course course) {
        if (course.getId() == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("""
                        SELECT h.code FROM Cohort h
                        WHERE h.course = :course
                        AND h.status IN :started
                        ORDER BY h.startsOn DESC, h.code""", String.class)
                .setParameter("course", course)
                .setParameter("started", STARTED)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Map<Long, Upcoming> upcomingFigures(Collection<Long> courseIds, LocalDate today, String governorateCode) {
        Map<Long, Upcoming> figures = new HashMap<>();
        if (courseIds.isEmpty()) {
            return figures;
        }
        TypedQuery<Object[]> query = entityManager.createQuery("""
                        SELECT h.course.id, MIN(h.startsOn), COUNT(h) FROM Cohort h
                        WHERE h.course.id IN :ids
                        AND h.status IN :upcoming
                        AND h.startsOn >= :today"""
                        + (governorateCode != null ? "\nAND h.venue.governorate.code = :governorate" : "")
                        + "\nGROUP BY h.course.id", Object[].class)
                .setParameter("ids", courseIds)
                .setParameter("upcoming", UPCOMING)
                .setParameter("today", today);
        if (governorateCode != null) {
            query.setParameter("governorate", governorateCode);
        }
        query.getResultList().forEach(row -> figures.put((Long) row[0], new Upcoming((LocalDate) row[1], (Long) row[2])));
        return figures;
    }

    @Override
    public Set<Long> coursesWithUpcomingCohort(LocalDate from, LocalDate to, String governorateCode) {
        StringBuilder jpql = new StringBuilder("""
                SELECT DISTINCT h.course.id FROM Cohort h
                WHERE h.status IN :upcoming
                AND h.startsOn >= :from""");
        if (to != null) {
            jpql.append(" AND h.startsOn <= :to");
        }
        if (governorateCode != null) {
            jpql.append(" AND h.venue.governorate.code = :governorate");
        }
        TypedQuery<Long> query = entityManager.createQuery(jpql.toString(), Long.class)
                .setParameter("upcoming", UPCOMING)
                .setParameter("from", from);
        if (to != null) {
            query.setParameter("to", to);
        }
        if (governorateCode != null) {
            query.setParameter("governorate", governorateCode);
        }
        return new HashSet<>(query.getResultList());
    }

    @Override
    @Transactional
    public List<UpcomingCohort> upcomingCohorts(String courseCode, LocalDate today, int max) {
        List<Cohort> cohorts = entityManager.createQuery("""
                        SELECT h FROM Cohort h
                        LEFT JOIN FETCH h.venue v
                        LEFT JOIN FETCH v.governorate
                        WHERE h.course.code = :code
                        AND h.status IN :upcoming
                        AND h.startsOn >= :today
                        ORDER BY h.startsOn, h.code""", Cohort.class)
                .setParameter("code", courseCode)
                .setParameter("upcoming", UPCOMING)
                .setParameter("today", today)
                .setMaxResults(max)
                .getResultList();
        if (cohorts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = cohorts.stream().map(Cohort::getId).toList();
        Map<Long, Long> enrolled = seats.enrolledCounts(ids);
        Map<Long, List<UpcomingCohort.Slot>> meetings = new LinkedHashMap<>();
        entityManager.createQuery("""
                        SELECT m.cohort.id, m.startsAt, m.endsAt FROM Meeting m
                        WHERE m.cohort.id IN :ids
                        ORDER BY m.startsAt""", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> meetings.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new UpcomingCohort.Slot((LocalDateTime) row[1], (LocalDateTime) row[2])));
        Locale arabic = Locale.forLanguageTag("ar");
        return cohorts.stream().map(h -> {
            Venue venue = h.getVenue();
            Governorate governorate = venue == null ? null : venue.getGovernorate();
            return new UpcomingCohort(h.getCode(), h.getStartsOn(), h.getEndsOn(),
                    h.venue(arabic), h.venue(Locale.ENGLISH), h.getSeatLimit(), enrolled.getOrDefault(h.getId(), 0L),
                    List.copyOf(meetings.getOrDefault(h.getId(), List.of())), venue == null ? null : venue.getCode(),
                    governorate == null ? null : governorate.getCode(),
                    governorate == null ? null : governorate.getNameArabic(),
                    governorate == null ? null : governorate.getNameEnglish(), h.acceptsRequestsOn(today),
                    h.getEnrolmentOpensOn());
        }).toList();
    }
}
