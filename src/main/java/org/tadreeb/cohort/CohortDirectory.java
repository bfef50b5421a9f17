package org.tadreeb.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tadreeb.course.CourseCode;
import org.tadreeb.people.Governorate;
import org.tadreeb.platform.Code;

/**
 * Reading cohorts: the paged, filtered list (administrators, the API), one cohort's full plan, and the meetings a
 * calendar shows. Seat figures are counted for one page of cohorts at a time, so lists stay fast with thousands.
 */
@ApplicationScoped
public class CohortDirectory {

    /** A calendar never shows more meetings than this at once (a month of a busy centre is far fewer). */
    public static final int MAX_CALENDAR_ENTRIES = 3000;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CohortMembers members;

    @Inject
    CohortRepository seats;

    public record Page(List<CohortRow> rows, long total) {
    }

    /** One page of cohorts matching the search, soonest first. */
    @Transactional
    public Page search(CohortSearch search, int first, int pageSize) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(search, parameters);
        TypedQuery<Cohort> query = entityManager.createQuery("SELECT h FROM Cohort h JOIN FETCH h.course"
                + " LEFT JOIN FETCH h.venue v LEFT JOIN FETCH v.governorate" + where
                + " ORDER BY h.startsOn, h.code", Cohort.class);
        parameters.forEach(query::setParameter);
        List<Cohort> cohorts = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
        TypedQuery<Long> count = entityManager.createQuery("SELECT COUNT(h) FROM Cohort h LEFT JOIN h.venue v" + where, Long.class);
        parameters.forEach(count::setParameter);
        Map<Long, Long> enrolled = seats.enrolledCounts(cohorts.stream().map(Cohort::getId).toList());
        return new Page(cohorts.stream().map(h -> row(h, enrolled.getOrDefault(h.getId(), 0L))).toList(),
                count.getSingleResult());
    }

    @Transactional
    public Optional<CohortView> view(String code) {
        return seats.findByCode(CohortCode.of(code))
                .map(h -> CohortView.of(h, seats.enrolledCounts(List.of(h.getId())).getOrDefault(h.getId(), 0L)));
    }

    /**
     * The meetings (not cancelled, of cohorts not cancelled) between two times: all of them, or at one venue, or
     * those an instructor teaches, or those of cohorts a trainee is in (by person id).
     */
    @Transactional
    public List<CalendarEntry> calendar(LocalDateTime since, LocalDateTime until, String venueCode,
                                        String instructorUsername, Long traineePersonId) {
        StringBuilder jpql = new StringBuilder("""
                SELECT m.id, h.code, c.titleArabic, c.titleEnglish, m.startsAt, m.endsAt, v.nameArabic, v.nameEnglish,
                       m.topicArabic, m.topicEnglish, h.status
                FROM Meeting m JOIN m.cohort h JOIN h.course c LEFT JOIN h.venue v
                WHERE m.cancelled = FALSE
                AND h.status <> :cancelled
                AND m.startsAt < :until
                AND m.endsAt > :since""");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("cancelled", CohortStatus.CANCELLED);
        parameters.put("since", since);
        parameters.put("until", until);
        if (venueCode != null && !venueCode.isBlank()) {
            jpql.append(" AND v.code = :venue");
            parameters.put("venue", VenueCode.of(venueCode).value());
        }
        if (instructorUsername != null && !instructorUsername.isBlank()) {
            jpql.append(" AND EXISTS (SELECT a.id FROM Cohort t JOIN t.instructors a WHERE t = h AND a.username = :instructor)");
            parameters.put("instructor", instructorUsername.strip().toLowerCase(Locale.ROOT));
        }
        if (traineePersonId != null) {
            List<Long> onCalendar = members.cohortsOnCalendarOf(traineePersonId);
            if (onCalendar.isEmpty()) {
                jpql.append(" AND h.id IS NULL");
            } else {
                jpql.append(" AND h.id IN :traineeCohorts");
                parameters.put("traineeCohorts", onCalendar);
            }
        }
        jpql.append(" ORDER BY m.startsAt, h.code");
        TypedQuery<Object[]> query = entityManager.createQuery(jpql.toString(), Object[].class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(MAX_CALENDAR_ENTRIES).getResultList().stream()
                .map(r -> new CalendarEntry((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (LocalDateTime) r[4], (LocalDateTime) r[5], (String) r[6], (String) r[7], (String) r[8],
                        (String) r[9], (CohortStatus) r[10]))
                .toList();
    }

    static CohortRow row(Cohort h, long enrolled) {
        Venue v = h.getVenue();
        Governorate g = v == null ? null : v.getGovernorate();
        return new CohortRow(h.getCode(), h.getCourse().getCode(), h.getCourse().getTitleArabic(),
                h.getCourse().getTitleEnglish(), h.getStartsOn(), h.getEndsOn(), v == null ? null : v.getCode(),
                v == null ? null : v.getNameArabic(), v == null ? null : v.getNameEnglish(),
                g == null ? null : g.getCode(), g == null ? null : g.getNameArabic(), g == null ? null : g.getNameEnglish(),
                h.getSeatLimit(), enrolled, h.getStatus());
    }

    private static String where(CohortSearch search, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (search.courseCode() != null && !search.courseCode().isBlank()) {
            where.append(" AND h.course.code = :course");
            parameters.put("course", CourseCode.of(search.courseCode()).value());
        }
        if (search.from() != null) {
            where.append(" AND h.endsOn >= :from");
            parameters.put("from", search.from());
        }
        if (search.to() != null) {
            where.append(" AND h.startsOn <= :to");
            parameters.put("to", search.to());
        }
        if (search.governorateCode() != null && !search.governorateCode().isBlank()) {
            where.append(" AND v.governorate.code = :governorate");
            parameters.put("governorate", Code.normalise(search.governorateCode()));
        }
        if (search.venueCode() != null && !search.venueCode().isBlank()) {
            where.append(" AND v.code = :venue");
            parameters.put("venue", VenueCode.of(search.venueCode()).value());
        }
        if (search.instructorUsername() != null && !search.instructorUsername().isBlank()) {
            where.append(" AND EXISTS (SELECT a.id FROM Cohort t JOIN t.instructors a WHERE t = h AND a.username = :instructor)");
            parameters.put("instructor", search.instructorUsername().strip().toLowerCase(Locale.ROOT));
        }
        if (search.status() != null) {
            where.append(" AND h.status = :status");
            parameters.put("status", search.status());
        }
        return where.toString();
    }

}
