package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.tadreeb.platform.CentreClock;

/**
 * The compliance view: holders whose latest valid certificate of a course has expired or expires within N days,
 * filtered and paged in the database. A holder with a newer valid certificate of the course is not listed for the
 * older one; revoked and replaced certificates are never listed.
 */
@ApplicationScoped
public class ComplianceReport {

    /** The most rows one export writes. */
    public static final int MAX_EXPORT = 10_000;

    private static final String FROM = """
            FROM Certificate c
            JOIN c.enrolment e
            JOIN e.trainee p
            JOIN e.cohort h
            JOIN h.course k
            LEFT JOIN p.organisation o
            LEFT JOIN p.governorate g
            WHERE c.liveEnrolment IS NOT NULL
            AND c.status = :valid
            AND c.expiresOn IS NOT NULL
            AND c.expiresOn <= :until
            """ + CertificateReminders.LATEST_OF_COURSE + "\n";

    private static final String ROW = """
            SELECT NEW org.tadreeb.certificates.ComplianceRow(
                c.number, c.issuedOn, c.expiresOn, p.serviceNumber, p.nameArabic, p.nameLatin, p.email,
                k.code, k.titleArabic, k.titleEnglish, h.code,
                o.code, o.nameArabic, o.nameEnglish, g.nameArabic, g.nameEnglish)
            """;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CentreClock clock;

    public record Page(List<ComplianceRow> rows, long total, LocalDate today) {
    }

    /** One page of the rows, soonest expiry first (expired ones first of all), with the total. */
    @Transactional
    public Page search(ComplianceFilter filter, int first, int size) {
        LocalDate today = clock.today();
        long total = bind(entityManager.createQuery("SELECT COUNT(c) " + FROM + where(filter), Long.class), filter, today)
                .getSingleResult();
        List<ComplianceRow> rows = total == 0 ? List.of() : bind(entityManager.createQuery(ROW + FROM + where(filter)
                        + "ORDER BY c.expiresOn, p.serviceNumber, c.id", ComplianceRow.class), filter, today)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.max(size, 1))
                .getResultList();
        return new Page(rows, total, today);
    }

    /** Every row (up to {@link #MAX_EXPORT}), for the CSV export. */
    @Transactional
    public Page all(ComplianceFilter filter) {
        return search(filter, 0, MAX_EXPORT);
    }

    private static String where(ComplianceFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.course() != null) {
            where.append("AND k.code = :course\n");
        }
        if (filter.organisation() != null) {
            where.append("AND o.code = :organisation\n");
        }
        if (filter.governorate() != null) {
            where.append("AND g.code = :governorate\n");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, ComplianceFilter filter, LocalDate today) {
        query.setParameter("valid", CertificateStatus.VALID);
        query.setParameter("until", today.plusDays(filter.withinDays()));
        if (filter.course() != null) {
            query.setParameter("course", filter.course());
        }
        if (filter.organisation() != null) {
            query.setParameter("organisation", filter.organisation());
        }
        if (filter.governorate() != null) {
            query.setParameter("governorate", filter.governorate());
        }
        return query;
    }
}
