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

    /**
     * The enrolments' figures at the finest grain the report needs: one row per course, trainee governorate,
     * organisation type and gender. Every breakdown is a sum of these rows, so the period's attendance is aggregated
     * once, not once per breakdown. Trainees are counted distinct within a row; as a person has one governorate,
     * organisation type and gender, a course's trainees are the sum of its rows.
     */
    static String enrolmentCellsSql(TrainingReportFilter filter) {
        return """
                SELECT c.code, MIN(c.title_ar), MIN(c.title_en), p.governorate_code, MIN(g.name_ar), MIN(g.name_en),
                       o.org_type, p.gender,
                       COUNT(DISTINCT CASE WHEN e.status IN ('COMPLETED', 'FAILED') THEN e.person_id END),
                       COUNT(*),
                       SUM(CASE WHEN e.status = 'COMPLETED' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN e.status = 'FAILED' THEN 1 ELSE 0 END),
                """ + HOURS + "\n" + FROM_ENROLMENTS + ATTENDANCE + """
                 WHERE co.ends_on BETWEEN ?1 AND ?2
                   AND co.status <> 'CANCELLED'
                   AND e.status IN ('ENROLLED', 'COMPLETED', 'FAILED')
                """ + filters(filter) + "\n GROUP BY c.code, p.governorate_code, o.org_type, p.gender";
    }

    /**
     * Trainees counted distinct across courses, per governorate, organisation type and gender (sums of these rows
     * are exact for those breakdowns and the total). No attendance is read.
     */
    static String traineeCellsSql(TrainingReportFilter filter) {
        return """
                SELECT p.governorate_code, o.org_type, p.gender, COUNT(DISTINCT e.person_id)
                """ + FROM_ENROLMENTS + """
                 WHERE co.ends_on BETWEEN ?1 AND ?2
                   AND co.status <> 'CANCELLED'
                   AND e.status IN ('COMPLETED', 'FAILED')
                """ + filters(filter) + "\n GROUP BY p.governorate_code, o.org_type, p.gender";
    }

    /** First certificates issued in the period, at the same grain as {@link #enrolmentCellsSql}. */
    static String certificateCellsSql(TrainingReportFilter filter) {
        return """
                SELECT c.code, MIN(c.title_ar), MIN(c.title_en), p.governorate_code, MIN(g.name_ar), MIN(g.name_en),
                       o.org_type, p.gender, COUNT(*)
                """ + FROM_ENROLMENTS + """
                  JOIN certificate ce ON ce.enrolment_id = e.id
                 WHERE ce.issued_on BETWEEN ?1 AND ?2
                   AND ce.replaces_id IS NULL
                """ + filters(filter) + "\n GROUP BY c.code, p.governorate_code, o.org_type, p.gender";
    }

    /** One finest-grain row: who (course, governorate, organisation type, gender) and how much. */
    private record Cell(String[] keys, String[] courseLabels, String[] governorateLabels, long trainees,
                        long enrolments, long completed, long failed, BigDecimal hours, long certificates) {

        String key(ReportDimension dimension) {
            return keys[dimension.ordinal()];
        }

        String[] labels(ReportDimension dimension) {
            return switch (dimension) {
                case COURSE -> courseLabels;
                case GOVERNORATE -> governorateLabels;
                default -> new String[2];
            };
        }
    }

    /** A group being summed. */
    private static final class Sum {
        String[] labels = new String[2];
        long trainees;
        long enrolments;
        long completed;
        long failed;
        BigDecimal hours = BigDecimal.ZERO;
        long certificates;

        void add(Cell cell, boolean countTrainees) {
            if (countTrainees) {
                trainees += cell.trainees();
            }
            enrolments += cell.enrolments();
            completed += cell.completed();
            failed += cell.failed();
            hours = hours.add(cell.hours());
            certificates += cell.certificates();
        }

        TrainingFigures figures() {
            return new TrainingFigures(trainees, enrolments, completed, failed, certificates, hours);
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    @jakarta.inject.Inject
    org.tadreeb.evaluation.EvaluationResults evaluations;

    @Transactional
    public TrainingReport report(TrainingReportFilter filter) {
        return report(filter, List.of(ReportDimension.values()));
    }

    /** The totals and only the breakdowns asked for: three statements whatever the breakdowns. */
    @Transactional
    public TrainingReport report(TrainingReportFilter filter, List<ReportDimension> dimensions) {
        List<Cell> cells = cells(filter);
        List<Cell> trainees = traineeCells(filter);
        Sum all = new Sum();
        cells.forEach(cell -> all.add(cell, false));
        trainees.forEach(cell -> all.add(cell, true));
        TrainingFigures totals = all.figures();
        Map<ReportDimension, List<TrainingReport.Line>> breakdowns = new EnumMap<>(ReportDimension.class);
        for (ReportDimension dimension : dimensions) {
            breakdowns.put(dimension, lines(dimension, cells, trainees));
        }
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
        List<TrainingReport.Line> rated = new ArrayList<>();
        List<TrainingReport.Line> courses = breakdowns.containsKey(ReportDimension.COURSE)
                ? breakdowns.get(ReportDimension.COURSE) : lines(ReportDimension.COURSE, cells, trainees);
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
     * One breakdown's groups, most enrolments first. A group with certificates but no enrolment in the period (a
     * late issue) still appears.
     */
    private static List<TrainingReport.Line> lines(ReportDimension dimension, List<Cell> cells, List<Cell> trainees) {
        Map<String, Sum> groups = new java.util.LinkedHashMap<>();
        boolean byCourse = dimension == ReportDimension.COURSE;
        for (Cell cell : cells) {
            Sum sum = groups.computeIfAbsent(key(cell.key(dimension)), k -> new Sum());
            sum.add(cell, byCourse);
            String[] labels = cell.labels(dimension);
            if (labels[0] != null || labels[1] != null) {
                sum.labels = labels;
            }
        }
        if (!byCourse) {
            for (Cell cell : trainees) {
                groups.computeIfAbsent(key(cell.key(dimension)), k -> new Sum()).add(cell, true);
            }
        }
        List<TrainingReport.Line> lines = new ArrayList<>();
        groups.forEach((group, sum) -> {
            String key = group.equals(NOT_RECORDED) ? null : group;
            lines.add(new TrainingReport.Line(key, sum.labels[0], sum.labels[1], dimension.groupMessageKey(key),
                    sum.figures()));
        });
        lines.sort(Comparator.comparingLong((TrainingReport.Line line) -> line.figures().enrolments()).reversed()
                .thenComparing(line -> line.key() == null ? "\uffff" : line.key()));
        return lines;
    }

    private List<Cell> cells(TrainingReportFilter filter) {
        Map<String, Cell> cells = new java.util.LinkedHashMap<>();
        boolean hinted = avoidLateralAttendance(true);
        try {
            for (Object[] row : rows(enrolmentCellsSql(filter), filter)) {
                Cell cell = new Cell(keys(row[0], row[3], row[6], row[7]), labels(row[1], row[2]), labels(row[4], row[5]),
                        number(row[8]), number(row[9]), number(row[10]), number(row[11]), decimal(row[12]), 0);
                cells.put(String.join("|", cell.keys()), cell);
            }
        } finally {
            if (hinted) {
                avoidLateralAttendance(false);
            }
        }
        List<Cell> all = new ArrayList<>(cells.values());
        for (Object[] row : rows(certificateCellsSql(filter), filter)) {
            all.add(new Cell(keys(row[0], row[3], row[6], row[7]), labels(row[1], row[2]), labels(row[4], row[5]),
                    0, 0, 0, 0, BigDecimal.ZERO, number(row[8])));
        }
        return all;
    }

    private List<Cell> traineeCells(TrainingReportFilter filter) {
        List<Cell> cells = new ArrayList<>();
        for (Object[] row : rows(traineeCellsSql(filter), filter)) {
            cells.add(new Cell(keys(null, row[0], row[1], row[2]), null, new String[2], number(row[3]), 0, 0, 0,
                    BigDecimal.ZERO, 0));
        }
        return cells;
    }

    /**
     * MariaDB would sum the attendance once per enrolment (a "lateral derived" table, split by enrolment), which
     * over the whole history is most of the report's time; summing the period's marks once and joining the result is
     * two to three times faster on 100,000 enrolments (docs/performance.md). The switch is MariaDB's own, so it is
     * set there only, on the transaction's connection, and put back after the statement; MySQL and H2 plan the
     * derived table without it. Answers whether it was set.
     */
    private boolean avoidLateralAttendance(boolean avoid) {
        if (mariaDb == null) {
            try (java.sql.Connection connection = dataSource.getConnection()) {
                mariaDb = connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
            } catch (java.sql.SQLException unknown) {
                return false;
            }
        }
        if (mariaDb) {
            entityManager.createNativeQuery("SET SESSION optimizer_switch = '"
                    + (avoid ? "split_materialized=off" : "split_materialized=default") + "'").executeUpdate();
        }
        return mariaDb;
    }

    @jakarta.annotation.Resource(lookup = "java:app/jdbc/tadreeb")
    javax.sql.DataSource dataSource;

    private volatile Boolean mariaDb;

    /** The keys in {@link ReportDimension}'s order: course, governorate, organisation type, gender. */
    private static String[] keys(Object course, Object governorate, Object type, Object gender) {
        return new String[] {text(course), text(governorate), text(type), text(gender)};
    }

    private static String[] labels(Object arabic, Object latin) {
        return new String[] {text(arabic), text(latin)};
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static final String NOT_RECORDED = "";

    /** The optional filters, numbered from ?3 in the order {@link #rows} binds them. */
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
