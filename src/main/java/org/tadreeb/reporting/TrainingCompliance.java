package org.tadreeb.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tadreeb.people.OrganisationType;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.audit.AuditLog;

/**
 * Annual in-service training: for a year, each person whose organisation's type has a requirement, the hours they
 * completed against it. Hours count as in the training report (contact hours times the attendance rate, in cohorts
 * ending in the year, not cancelled), for enrolments finished passed or not — the hours were trained either way.
 * Computed in the database; people are read a page at a time.
 */
@ApplicationScoped
public class TrainingCompliance {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    @Inject
    CentreClock clock;

    /** Who is in scope and how they stand; {@code organisation} and {@code governorate} are codes, or null for any. */
    public record Filter(int year, String organisation, String governorate, boolean behindOnly) implements Serializable {

        public Filter {
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new InvalidInputException(List.of(new FieldError("year", "compliance.error.year", year)));
            }
            organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
            governorate = governorate == null || governorate.isBlank() ? null : governorate.strip();
        }

        public Filter forOrganisation(String code) {
            return new Filter(year, code, governorate, behindOnly);
        }
    }

    public record Person(String serviceNumber, String nameArabic, String nameLatin, String organisationCode,
                         String organisationArabic, String organisationLatin, String governorateArabic,
                         String governorateLatin, int requiredHours, BigDecimal completedHours) implements Serializable {

        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? nameArabic : nameLatin;
        }

        public String organisation(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? organisationArabic : organisationLatin;
        }

        public String governorate(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? governorateArabic : governorateLatin;
        }

        public boolean isBehind() {
            return completedHours.compareTo(BigDecimal.valueOf(requiredHours)) < 0;
        }

        public BigDecimal remainingHours() {
            return isBehind() ? BigDecimal.valueOf(requiredHours).subtract(completedHours) : BigDecimal.ZERO.setScale(1);
        }
    }

    /** One organisation's or governorate's people in scope and how many met the requirement. */
    public record Group(String key, String arabicLabel, String latinLabel, long people, long met) implements Serializable {

        public String label(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? arabicLabel : latinLabel;
        }

        public long behind() {
            return people - met;
        }

        /** Percent who met it, one decimal; null for an empty group. */
        public BigDecimal metPercent() {
            return people == 0 ? null
                    : BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(people), 1, RoundingMode.HALF_UP);
        }
    }

    public record Page(List<Person> people, long total, long met) implements Serializable {
    }

    @Transactional
    public Map<OrganisationType, Integer> requirements() {
        Map<OrganisationType, Integer> hours = new EnumMap<>(OrganisationType.class);
        for (OrganisationType type : OrganisationType.values()) {
            hours.put(type, 0);
        }
        entityManager.createQuery("SELECT r FROM TrainingRequirement r", TrainingRequirement.class).getResultList()
                .forEach(r -> hours.put(r.getOrganisationType(), r.getAnnualHours()));
        return hours;
    }

    /** Changes the requirements that differ, each audited; answers how many changed. */
    @Transactional
    public int changeRequirements(String actor, Map<OrganisationType, Integer> wanted) {
        int changed = 0;
        for (Map.Entry<OrganisationType, Integer> entry : wanted.entrySet()) {
            TrainingRequirement requirement = entityManager.find(TrainingRequirement.class, entry.getKey());
            if (requirement == null) {
                requirement = new TrainingRequirement(entry.getKey(), 0);
                entityManager.persist(requirement);
            }
            int before = requirement.getAnnualHours();
            if (entry.getValue() == null || before == entry.getValue()) {
                continue;
            }
            requirement.change(entry.getValue(), actor, clock.now());
            audit.record("TRAINING_REQUIREMENT_CHANGED", "TrainingRequirement", entry.getKey().name(),
                    before + " h", entry.getValue() + " h");
            changed++;
        }
        return changed;
    }

    /** One page of people, those furthest behind first, then by name. */
    @Transactional
    public Page page(Filter filter, int offset, int limit) {
        Query query = query("""
                SELECT p.service_number, p.name_ar, p.name_en, o.code, o.name_ar, o.name_en, g.name_ar, g.name_en,
                       r.annual_hours, COALESCE(h.hours, 0)
                """ + FROM + where(filter) + "\n" + """
                 ORDER BY COALESCE(h.hours, 0) - r.annual_hours, p.name_en, p.service_number""", filter);
        query.setFirstResult(offset);
        query.setMaxResults(limit);
        List<Person> people = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] values = (Object[]) row;
            people.add(new Person((String) values[0], (String) values[1], (String) values[2], (String) values[3],
                    (String) values[4], (String) values[5], (String) values[6], (String) values[7],
                    ((Number) values[8]).intValue(), hours(values[9])));
        }
        Object[] counts = (Object[]) query("SELECT COUNT(*), SUM(CASE WHEN COALESCE(h.hours, 0) >= r.annual_hours "
                + "THEN 1 ELSE 0 END)\n" + FROM + where(filter), filter).getSingleResult();
        return new Page(people, number(counts[0]), number(counts[1]));
    }

    /** Every person of the filter, for the CSV (at most a few tens of thousands of short rows). */
    @Transactional
    public List<Person> all(Filter filter) {
        return page(filter, 0, Integer.MAX_VALUE).people();
    }

    @Transactional
    public List<Group> byOrganisation(Filter filter) {
        return groups("o.code", "MIN(o.name_ar)", "MIN(o.name_en)", filter);
    }

    @Transactional
    public List<Group> byGovernorate(Filter filter) {
        return groups("p.governorate_code", "MIN(g.name_ar)", "MIN(g.name_en)", filter);
    }

    private List<Group> groups(String key, String arabic, String latin, Filter filter) {
        Filter everyone = new Filter(filter.year(), filter.organisation(), filter.governorate(), false);
        List<Group> groups = new ArrayList<>();
        for (Object row : query("SELECT " + key + ", " + arabic + ", " + latin + ", COUNT(*), "
                + "SUM(CASE WHEN COALESCE(h.hours, 0) >= r.annual_hours THEN 1 ELSE 0 END)\n" + FROM + where(everyone)
                + "\n GROUP BY " + key + " ORDER BY 3", everyone).getResultList()) {
            Object[] values = (Object[]) row;
            groups.add(new Group((String) values[0], (String) values[1], (String) values[2], number(values[3]),
                    number(values[4])));
        }
        return groups;
    }

    /** People with a requirement, their organisation, governorate, and hours in the year (?1..?2). */
    private static final String FROM = """
              FROM person p
              JOIN organisation o ON o.id = p.organisation_id
              JOIN training_requirement r ON r.organisation_type = o.org_type
              LEFT JOIN governorate g ON g.code = p.governorate_code
              LEFT JOIN (SELECT e.person_id, """ + TrainingReports.HOURS + """
                          AS hours
                           FROM enrolment e
                           JOIN cohort co ON co.id = e.cohort_id
                           JOIN course c ON c.id = co.course_id
                """ + TrainingReports.ATTENDANCE + """
                          WHERE co.ends_on BETWEEN ?1 AND ?2
                            AND co.status <> 'CANCELLED'
                            AND e.status IN ('COMPLETED', 'FAILED')
                          GROUP BY e.person_id) h ON h.person_id = p.id
             WHERE r.annual_hours > 0
               AND p.active = TRUE
            """;

    private static String where(Filter filter) {
        StringBuilder sql = new StringBuilder();
        int next = 3;
        if (filter.organisation() != null) {
            sql.append(" AND o.code = ?").append(next++);
        }
        if (filter.governorate() != null) {
            sql.append(" AND p.governorate_code = ?").append(next);
        }
        if (filter.behindOnly()) {
            sql.append(" AND COALESCE(h.hours, 0) < r.annual_hours");
        }
        return sql.toString();
    }

    private Query query(String sql, Filter filter) {
        Query query = entityManager.createNativeQuery(sql);
        query.setParameter(1, Date.valueOf(LocalDate.of(filter.year(), 1, 1)));
        query.setParameter(2, Date.valueOf(LocalDate.of(filter.year(), 12, 31)));
        int next = 3;
        if (filter.organisation() != null) {
            query.setParameter(next++, filter.organisation());
        }
        if (filter.governorate() != null) {
            query.setParameter(next, filter.governorate());
        }
        return query;
    }

    private static BigDecimal hours(Object value) {
        BigDecimal hours = value instanceof BigDecimal exact ? exact : new BigDecimal(value.toString());
        return hours.setScale(1, RoundingMode.HALF_UP);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
