package org.tadreeb.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tadreeb.cohort.CohortRepository;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.cohort.CohortSummary;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.platform.CentreClock;

/** The administrator's first look at the centre: the catalogue's size, live cohorts, people and what comes next. */
@ApplicationScoped
public class CentreOverview {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CohortRepository cohorts;

    @Inject
    CentreClock clock;

    /** How many days ahead "certificates expiring soon" looks, as the first expiry reminder does. */
    public static final int EXPIRING_WITHIN_DAYS = 60;

    /** A cohort with requests waiting for a decision. */
    public record PendingApprovals(String cohortCode, String courseTitleArabic, String courseTitleLatin, long requests) {

        public String courseTitle(java.util.Locale locale) {
            return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleLatin;
        }
    }

    public record Figures(long activeCourses, long liveCohorts, long people, long enrolled, List<CohortSummary> upcoming,
                          long pendingRequests, List<PendingApprovals> pendingByCohort, long failingMail,
                          long certificatesExpiringSoon) {

        public JsonObject toJson() {
            JsonArrayBuilder next = Json.createArrayBuilder();
            upcoming.forEach(c -> next.add(c.toJson()));
            return Json.createObjectBuilder()
                    .add("activeCourses", activeCourses)
                    .add("liveCohorts", liveCohorts)
                    .add("people", people)
                    .add("enrolled", enrolled)
                    .add("upcomingCohorts", next)
                    .add("pendingRequests", pendingRequests)
                    .add("failingMail", failingMail)
                    .add("certificatesExpiringSoon", certificatesExpiringSoon)
                    .build();
        }
    }

    @Transactional
    public Figures figures() {
        long courses = entityManager.createQuery("SELECT COUNT(c) FROM Course c WHERE c.archived = FALSE", Long.class)
                .getSingleResult();
        long live = entityManager.createQuery("SELECT COUNT(c) FROM Cohort c WHERE c.status IN :live", Long.class)
                .setParameter("live", List.of(CohortStatus.PLANNED, CohortStatus.OPEN, CohortStatus.IN_PROGRESS))
                .getSingleResult();
        long people = entityManager.createQuery("SELECT COUNT(p) FROM Person p", Long.class).getSingleResult();
        long enrolled = entityManager.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.status = :enrolled", Long.class)
                .setParameter("enrolled", EnrolmentStatus.ENROLLED)
                .getSingleResult();
        List<PendingApprovals> pending = new java.util.ArrayList<>();
        long requests = 0;
        for (Object row : entityManager.createNativeQuery("""
                        SELECT co.code, c.title_ar, c.title_en, COUNT(*)
                          FROM enrolment e
                          JOIN cohort co ON co.id = e.cohort_id
                          JOIN course c ON c.id = co.course_id
                         WHERE e.status = 'REQUESTED' AND co.status IN ('PLANNED', 'OPEN', 'IN_PROGRESS')
                         GROUP BY co.code, co.starts_on, c.title_ar, c.title_en
                         ORDER BY co.starts_on, co.code""").getResultList()) {
            Object[] values = (Object[]) row;
            long count = ((Number) values[3]).longValue();
            requests += count;
            if (pending.size() < 5) {
                pending.add(new PendingApprovals((String) values[0], (String) values[1], (String) values[2], count));
            }
        }
        long failing = ((Number) entityManager.createNativeQuery(
                "SELECT COUNT(*) FROM outbox_message WHERE status = 'FAILING'").getSingleResult()).longValue();
        long expiring = ((Number) entityManager.createNativeQuery("""
                        SELECT COUNT(*) FROM certificate
                         WHERE status = 'VALID' AND live_enrolment_id IS NOT NULL
                           AND expires_on BETWEEN ?1 AND ?2""")
                .setParameter(1, java.sql.Date.valueOf(clock.today()))
                .setParameter(2, java.sql.Date.valueOf(clock.today().plusDays(EXPIRING_WITHIN_DAYS)))
                .getSingleResult()).longValue();
        return new Figures(courses, live, people, enrolled, cohorts.upcoming(clock.today(), clock.now(), 10),
                requests, pending, failing, expiring);
    }
}
