package org.tadreeb.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Training figures for donors and the centre, computed by aggregate SQL in the database (a report over a hundred
 * thousand enrolments must not load them into Java).
 *
 * <p>The rules, also in the user guide: a cohort counts in the period in which it ends, cancelled cohorts never;
 * enrolments are the seats taken (enrolled, completed, failed); a trainee is trained once they finished an
 * enrolment; hours delivered are each enrolment's contact hours times its attendance rate, over the meetings whose
 * attendance was taken and with excused absences counted as the course says; certificates count when first issued
 * in the period. The governorate is the trainee's, the organisation type their organisation's.
 */
@ApplicationScoped
public class TrainingReports {

    /** Parameters ?1 and ?2 are always the period; filters take ?3 onwards. */
    private static final String FROM_ENROLMENTS = """
              FROM enrolment e
              JOIN cohort co ON co.id = e.cohort_id
              JOIN course c ON c.id = co.course_id
              JOIN person p ON p.id = e.person_id
              LEFT JOIN organisation o ON o.id = p.organisation_id
              LEFT JOIN governorate g ON g.code = p.governorate_code
              LEFT JOIN venue v ON v.id = co.venue_id
            """;

    /** Per enrolment of the period's cohorts: meetings attended, excused and recorded (as {@code t}). */
    static final String ATTENDANCE = """
              LEFT JOIN (SELECT a.enrolment_id,
                                SUM(CASE WHEN a.mark IN ('PRESENT', 'LATE') THEN 1 ELSE 0 END) AS attended,
                                SUM(CASE WHEN a.mark = 'EXCUSED' THEN 1 ELSE 0 END) AS excused,
                                COUNT(*) AS recorded
                           FROM attendance a
                           JOIN meeting m ON m.id = a.meeting_id
                           JOIN cohort mc ON mc.id = m.cohort_id
                          WHERE mc.ends_on BETWEEN ?1 AND ?2
                          GROUP BY a.enrolment_id) t ON t.enrolment_id = e.id
            """;

    /** Contact hours times the attendance rate, with the course's rule for excused absences (as AttendanceTally). */
    static final String HOURS = """
            SUM(CASE WHEN t.recorded IS NULL THEN 0
                     WHEN c.excused_absences = 'LEFT_OUT' AND t.recorded = t.excused THEN 0
                     WHEN c.excused_absences = 'LEFT_OUT'
                          THEN c.contact_hours * 1.0 * t.attended / (t.recorded - t.excused)
                     WHEN c.excused_absences = 'AS_ATTENDED'
                          THEN c.contact_hours * 1.0 * (t.attended + t.excused) / t.recorded
                     ELSE c.contact_hours * 1.0 * t.attended / t.recorded END)""";

    private static final String NOT_RECORDED = "";

    @PersistenceContext
    EntityManager entityManager;

    @jakarta.inject.Inject
    org.tadreeb.evaluation.EvaluationResults evaluations;

    @Transactional
    public TrainingReport report(TrainingReportFilter filter) {
        return report(filter, List.of(ReportDimension.values()));
    }

    /** The totals and only the breakdowns asked for. */
    @Transactional
    public TrainingReport report(TrainingReportFilter filter, List<ReportDimension> dimensions) {
        List<TrainingReport.Line> total = lines(filter, null);
        Map<ReportDimension, List<TrainingReport.Line>> breakdowns = new EnumMap<>(ReportDimension.class);
        for (ReportDimension dimension : dimensions) {
            breakdowns.put(dimension, lines(filter, dimension));
        }
        TrainingFigures totals = total.isEmpty() ? TrainingFigures.NONE : total.get(0).figures();
        if (dimensions.isEmpty()) {
            return new TrainingReport(filter, totals, breakdowns);
        }
        // Evaluations are anonymous: they belong to a cohort and its course, never to a trainee, so they can be
        // averaged by course (and over the courses shown) but not by governorate, organisation type or gender.
        Map<String, org.tadreeb.evaluation.AverageScores> byCourse = new java.util.HashMap<>();
        for (org.tadreeb.evaluation.AverageScores scores : evaluations.averages(filter.from(), filter.to(),
                org.tadreeb.evaluation.EvaluationResults.Grouping.COURSE)) {
            byCourse.put(scores.courseCode(), scores);
        }
        BigDecimal weighted = BigDecimal.ZERO;
        long responses = 0;
        List<TrainingReport.Line> courses = breakdowns.containsKey(ReportDimension.COURSE)
                ? breakdowns.get(ReportDimension.COURSE) : lines(filter, ReportDimension.COURSE);
        List<TrainingReport.Line> rated = new ArrayList<>();
        for (TrainingReport.Line line : courses) {
            org.tadreeb.evaluation.AverageScores scores = byCourse.get(line.key());
            BigDecimal mean = scores == null ? null : scores.overall();
            if (mean != null) {
                weighted = weighted.add(mean.multiply(BigDecimal.valueOf(scores.responses())));
                responses += scores.responses();
            }
            rated.add(new TrainingReport.Line(line.key(), line.arabicLabel(), line.latinLabel(), line.messageKey(),
                    line.figures().withEvaluation(mean)));
        }
        if (breakdowns.containsKey(ReportDimension.COURSE)) {
            breakdowns.put(ReportDimension.COURSE, rated);
        }
        if (responses > 0) {
            totals = totals.withEvaluation(weighted.divide(BigDecimal.valueOf(responses), 2, java.math.RoundingMode.HALF_UP));
        }
        return new TrainingReport(filter, totals, breakdowns);
    }

    /**
     * One breakdown's groups, most enrolments first; with no dimension, a single line of totals. A group with
     * certificates but no enrolment in the period (a late issue) still appears.
     */
    @Transactional
    public List<TrainingReport.Line> lines(TrainingReportFilter filter, ReportDimension dimension) {
        Map<String, Object[]> groups = new LinkedHashMap<>();
        for (Object[] row : rows(enrolmentSql(filter, dimension), filter)) {
            groups.put(key(row[0]), row);
        }
        Map<String, Long> certificates = new LinkedHashMap<>();
        for (Object[] row : rows(certificateSql(filter, dimension), filter)) {
            certificates.put(key(row[0]), number(row[3]));
            groups.putIfAbsent(key(row[0]), new Object[] {row[0], row[1], row[2], 0L, 0L, 0L, 0L, null});
        }
        List<TrainingReport.Line> lines = new ArrayList<>();
        for (Map.Entry<String, Object[]> group : groups.entrySet()) {
            Object[] row = group.getValue();
            TrainingFigures figures = new TrainingFigures(number(row[3]), number(row[4]), number(row[5]),
                    number(row[6]), certificates.getOrDefault(group.getKey(), 0L), decimal(row[7]));
            if (dimension == null) {
                lines.add(new TrainingReport.Line(null, null, null, null, figures));
                continue;
            }
            String key = group.getKey().equals(NOT_RECORDED) ? null : group.getKey();
            lines.add(new TrainingReport.Line(key, (String) row[1], (String) row[2], dimension.groupMessageKey(key),
                    figures));
        }
        lines.sort(Comparator.comparingLong((TrainingReport.Line line) -> line.figures().enrolments()).reversed()
                .thenComparing(line -> line.key() == null ? "\uffff" : line.key()));
        return lines;
    }

    /** The enrolment figures' SQL (package-visible for the benchmark, which runs it bare). */
    static String enrolmentSql(TrainingReportFilter filter, ReportDimension dimension) {
        return select(dimension) + """
                , COUNT(DISTINCT CASE WHEN e.status IN ('COMPLETED', 'FAILED') THEN e.person_id END),
                  COUNT(*),
                  SUM(CASE WHEN e.status = 'COMPLETED' THEN 1 ELSE 0 END),
                  SUM(CASE WHEN e.status = 'FAILED' THEN 1 ELSE 0 END),
                """ + HOURS + "\n" + FROM_ENROLMENTS + ATTENDANCE + """
                 WHERE co.ends_on BETWEEN ?1 AND ?2
                   AND co.status <> 'CANCELLED'
                   AND e.status IN ('ENROLLED', 'COMPLETED', 'FAILED')
                """ + filters(filter) + groupBy(dimension);
    }

    static String certificateSql(TrainingReportFilter filter, ReportDimension dimension) {
        return select(dimension) + ", COUNT(*)\n" + FROM_ENROLMENTS + """
                  JOIN certificate ce ON ce.enrolment_id = e.id
                 WHERE ce.issued_on BETWEEN ?1 AND ?2
                   AND ce.replaces_id IS NULL
                """ + filters(filter) + groupBy(dimension);
    }

    private static String select(ReportDimension dimension) {
        if (dimension == null) {
            return "SELECT NULL, NULL, NULL";
        }
        return "SELECT " + dimension.keySql + ", " + dimension.arabicLabelSql + ", " + dimension.latinLabelSql;
    }

    private static String groupBy(ReportDimension dimension) {
        return dimension == null ? "" : " GROUP BY " + dimension.keySql;
    }

    /** The optional filters, numbered from ?3 in the order {@link #parameters} binds them. */
    private static String filters(TrainingReportFilter filter) {
        StringBuilder sql = new StringBuilder();
        int next = 3;
        if (filter.course() != null) {
            sql.append(" AND c.code = ?").append(next++);
        }
        if (filter.category() != null) {
            sql.append(" AND c.category_code = ?").append(next++);
        }
        if (filter.governorate() != null) {
            sql.append(" AND p.governorate_code = ?").append(next++);
        }
        if (filter.organisationType() != null) {
            sql.append(" AND o.org_type = ?").append(next++);
        }
        if (filter.venue() != null) {
            sql.append(" AND v.code = ?").append(next);
        }
        return sql.toString();
    }

    private List<Object[]> rows(String sql, TrainingReportFilter filter) {
        Query query = entityManager.createNativeQuery(sql);
        query.setParameter(1, Date.valueOf(filter.from()));
        query.setParameter(2, Date.valueOf(filter.to()));
        int next = 3;
        for (Object value : new Object[] {filter.course(), filter.category(), filter.governorate(),
                filter.organisationType() == null ? null : filter.organisationType().name(), filter.venue()}) {
            if (value != null) {
                query.setParameter(next++, value);
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    private static String key(Object value) {
        return value == null ? NOT_RECORDED : value.toString();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal exact ? exact : new BigDecimal(value.toString());
    }
}
