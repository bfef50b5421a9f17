package org.tadreeb.cohort;

import jakarta.enterprise.inject.spi.CDI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.tadreeb.course.CatalogueSearch;
import org.tadreeb.course.CourseCatalogue;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;

/**
 * Not a test but a measurement ({@code mvn verify -Pbenchmark -Dit.test=CohortReadsBenchmark}, with {@code -Pmariadb}
 * for MariaDB): fills the database with 5,000 cohorts (40,000 meetings, 25,000 enrolments) across the demo's
 * courses and venues, then times, inside the server, the reads that must stay fast with thousands of cohorts —
 * the public catalogue's page, the cohorts API's page and a course page's upcoming cohorts — each against plain
 * JDBC running SQL that returns the same rows on the same database. Side by side in one run; prints the figures
 * and writes them to target/benchmark/cohort-reads.txt; docs/performance.md keeps them.
 */
@IntegrationTest
class CohortReadsBenchmark {

    private static final int COHORTS = 5_000;
    private static final int MEETINGS_PER_COHORT = 8;
    private static final int ENROLMENTS_PER_COHORT = 5;
    private static final int BATCH = 500;
    private static final int WARM_UP = 30;
    private static final int ROUNDS = 300;
    private static final int[] MEETING_DAYS = {0, 2, 4, 7, 9, 11, 14, 16};

    @Deployment
    static WebArchive deployment() {
        return Deployments.tadreeb();
    }

    @Test
    void readsWithThousandsOfCohorts() throws Exception {
        LocalDate today = CDI.current().select(CentreClock.class).get().today();
        long start = System.nanoTime();
        fill(today);
        long fillMillis = (System.nanoTime() - start) / 1_000_000;

        CourseCatalogue catalogue = CDI.current().select(CourseCatalogue.class).get();
        CohortDirectory directory = CDI.current().select(CohortDirectory.class).get();
        List<Comparison> comparisons = new ArrayList<>();
        CatalogueSearch everything = CatalogueSearch.everything();
        comparisons.add(compare("catalogue page, no filter (10 courses)",
                () -> catalogue.search(everything, today, 0, 10).entries().size(),
                () -> jdbcCatalogue(today, null, null, null)));
        CatalogueSearch capital = new CatalogueSearch(null, null, null, today.plusDays(30), today.plusDays(400), "CAP");
        comparisons.add(compare("catalogue page, governorate CAP + dates",
                () -> catalogue.search(capital, today, 0, 10).entries().size(),
                () -> jdbcCatalogue(today, today.plusDays(30), today.plusDays(400), "CAP")));
        CohortSearch cohortsInCapital = new CohortSearch(null, today, null, "CAP", null, null, null);
        comparisons.add(compare("cohorts API page (governorate CAP, from today, 20)",
                () -> directory.search(cohortsInCapital, 0, 20).rows().size(),
                () -> jdbcCohortPage(today, "CAP", 0, 20)));
        CohortSearch deepPage = new CohortSearch(null, null, null, null, null, null, null);
        comparisons.add(compare("cohorts API page 100 of all (20)",
                () -> directory.search(deepPage, 2_000, 20).rows().size(),
                () -> jdbcCohortPage(null, null, 2_000, 20)));
        comparisons.add(compare("course page upcoming cohorts (CP101, 20)",
                () -> catalogue.upcomingCohorts("CP101", today).size(),
                () -> jdbcUpcoming("CP101", today)));

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Cohort reads benchmark, %s: %,d cohorts, %,d meetings, %,d enrolments added in %,d ms%n"
                        + "median of %d rounds after %d warm-up rounds, in microseconds%n"
                        + "  %-52s %10s %10s %7s %6s%n", databaseName(), COHORTS, COHORTS * MEETINGS_PER_COHORT,
                COHORTS * ENROLMENTS_PER_COHORT, fillMillis, ROUNDS, WARM_UP, "read", "service", "JDBC", "ratio", "rows"));
        for (Comparison c : comparisons) {
            report.append(String.format(Locale.ROOT, "  %-52s %,10d %,10d %7.1f %6d%n", c.name(), c.serviceMicros(),
                    c.jdbcMicros(), (double) c.serviceMicros() / Math.max(1, c.jdbcMicros()), c.rows()));
        }
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "cohort-reads.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private record Comparison(String name, long serviceMicros, long jdbcMicros, int rows) {
    }

    /** Runs both ways alternately (so that noise hits both alike) and keeps each one's median. */
    private static Comparison compare(String name, Callable<Integer> service, Callable<Integer> jdbc) throws Exception {
        int serviceRows = 0;
        int jdbcRows = 0;
        for (int i = 0; i < WARM_UP; i++) {
            serviceRows = service.call();
            jdbcRows = jdbc.call();
        }
        if (serviceRows != jdbcRows) {
            throw new AssertionError(name + ": the service read " + serviceRows + " rows, JDBC " + jdbcRows);
        }
        long[] serviceTimes = new long[ROUNDS];
        long[] jdbcTimes = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            service.call();
            serviceTimes[i] = System.nanoTime() - start;
            start = System.nanoTime();
            jdbc.call();
            jdbcTimes[i] = System.nanoTime() - start;
        }
        return new Comparison(name, median(serviceTimes) / 1_000, median(jdbcTimes) / 1_000, serviceRows);
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    // ---- plain JDBC: the same rows as the services read ---------------------------------------------------

    /** The catalogue's page: courses, their count, and each listed course's next upcoming start and number. */
    private static int jdbcCatalogue(LocalDate today, LocalDate from, LocalDate to, String governorate)
            throws Exception {
        String exists = governorate == null ? "" : " AND EXISTS (SELECT 1 FROM cohort h"
                + " JOIN venue v ON v.id = h.venue_id WHERE h.course_id = c.id AND h.status IN ('PLANNED', 'OPEN')"
                + " AND h.starts_on >= ? AND h.starts_on <= ? AND v.governorate_code = ?)";
        try (Connection connection = dataSource().getConnection()) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement page = connection.prepareStatement("""
                    SELECT c.id, c.code, c.title_ar, c.title_en, c.summary_ar, c.summary_en, k.name_ar, k.name_en,
                           c.delivery_mode, c.contact_hours
                    FROM course c LEFT JOIN course_category k ON k.code = c.category_code
                    WHERE c.archived = FALSE""" + exists + " ORDER BY c.code LIMIT 10")) {
                bindExists(page, exists, from, to, governorate);
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                        rows.getString(2);
                        rows.getString(3);
                        rows.getString(4);
                        rows.getString(5);
                        rows.getString(6);
                        rows.getString(7);
                        rows.getString(8);
                        rows.getString(9);
                        rows.getInt(10);
                    }
                }
            }
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM course c WHERE c.archived = FALSE" + exists)) {
                bindExists(count, exists, from, to, governorate);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    rows.getLong(1);
                }
            }
            if (!ids.isEmpty()) {
                try (PreparedStatement figures = connection.prepareStatement("""
                        SELECT h.course_id, MIN(h.starts_on), COUNT(*) FROM cohort h"""
                        + (governorate == null ? "" : " JOIN venue v ON v.id = h.venue_id")
                        + " WHERE h.course_id IN (" + placeholders(ids.size()) + ")"
                        + " AND h.status IN ('PLANNED', 'OPEN') AND h.starts_on >= ?"
                        + (governorate == null ? "" : " AND v.governorate_code = ?")
                        + " GROUP BY h.course_id")) {
                    int i = 1;
                    for (Long id : ids) {
                        figures.setLong(i++, id);
                    }
                    figures.setDate(i++, Date.valueOf(today));
                    if (governorate != null) {
                        figures.setString(i, governorate);
                    }
                    drain(figures);
                }
            }
            return ids.size();
        }
    }

    private static void bindExists(PreparedStatement statement, String exists, LocalDate from, LocalDate to,
                                   String governorate) throws Exception {
        if (!exists.isEmpty()) {
            statement.setDate(1, Date.valueOf(from));
            statement.setDate(2, Date.valueOf(to));
            statement.setString(3, governorate);
        }
    }

    /** The cohorts API's page: cohorts with course, venue and governorate, the total, and seats taken. */
    private static int jdbcCohortPage(LocalDate from, String governorate, int first, int size) throws Exception {
        String where = " WHERE 1 = 1" + (from == null ? "" : " AND h.ends_on >= ?")
                + (governorate == null ? "" : " AND v.governorate_code = ?");
        try (Connection connection = dataSource().getConnection()) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement page = connection.prepareStatement("""
                    SELECT h.id, h.code, c.code, c.title_ar, c.title_en, h.starts_on, h.ends_on, v.code, v.name_ar,
                           v.name_en, g.code, g.name_ar, g.name_en, h.seat_limit, h.status
                    FROM cohort h JOIN course c ON c.id = h.course_id
                    LEFT JOIN venue v ON v.id = h.venue_id LEFT JOIN governorate g ON g.code = v.governorate_code"""
                    + where + " ORDER BY h.starts_on, h.code LIMIT ? OFFSET ?")) {
                int i = bind(page, from, governorate);
                page.setInt(i++, size);
                page.setInt(i, first);
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                        for (int column = 2; column <= 15; column++) {
                            rows.getObject(column);
                        }
                    }
                }
            }
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM cohort h LEFT JOIN venue v ON v.id = h.venue_id" + where)) {
                bind(count, from, governorate);
                drain(count);
            }
            enrolled(connection, ids);
            return ids.size();
        }
    }

    private static int bind(PreparedStatement statement, LocalDate from, String governorate) throws Exception {
        int i = 1;
        if (from != null) {
            statement.setDate(i++, Date.valueOf(from));
        }
        if (governorate != null) {
            statement.setString(i++, governorate);
        }
        return i;
    }

    /** A course page's upcoming cohorts: the cohorts, seats taken and every meeting's times. */
    private static int jdbcUpcoming(String courseCode, LocalDate today) throws Exception {
        try (Connection connection = dataSource().getConnection()) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement cohorts = connection.prepareStatement("""
                    SELECT h.id, h.code, h.starts_on, h.ends_on, v.code, v.name_ar, v.name_en, g.code, g.name_ar,
                           g.name_en, h.seat_limit
                    FROM cohort h JOIN course c ON c.id = h.course_id
                    LEFT JOIN venue v ON v.id = h.venue_id LEFT JOIN governorate g ON g.code = v.governorate_code
                    WHERE c.code = ? AND h.status IN ('PLANNED', 'OPEN') AND h.starts_on >= ?
                    ORDER BY h.starts_on, h.code LIMIT 20""")) {
                cohorts.setString(1, courseCode);
                cohorts.setDate(2, Date.valueOf(today));
                try (ResultSet rows = cohorts.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                        for (int column = 2; column <= 11; column++) {
                            rows.getObject(column);
                        }
                    }
                }
            }
            if (!ids.isEmpty()) {
                enrolled(connection, ids);
                try (PreparedStatement meetings = connection.prepareStatement("SELECT cohort_id, starts_at, ends_at"
                        + " FROM meeting WHERE cohort_id IN (" + placeholders(ids.size()) + ") ORDER BY starts_at")) {
                    for (int i = 0; i < ids.size(); i++) {
                        meetings.setLong(i + 1, ids.get(i));
                    }
                    drain(meetings);
                }
            }
            return ids.size();
        }
    }

    private static void enrolled(Connection connection, List<Long> ids) throws Exception {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement counts = connection.prepareStatement("SELECT cohort_id, COUNT(*) FROM enrolment"
                + " WHERE cohort_id IN (" + placeholders(ids.size()) + ") AND status = 'ENROLLED' GROUP BY cohort_id")) {
            for (int i = 0; i < ids.size(); i++) {
                counts.setLong(i + 1, ids.get(i));
            }
            drain(counts);
        }
    }

    private static void drain(PreparedStatement statement) throws Exception {
        try (ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getObject(column);
                }
            }
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    // ---- the data -----------------------------------------------------------------------------------------

    /**
     * 5,000 cohorts over four years around today (two back, two ahead) spread over the demo's courses, each at a
     * venue of the demo (none for the remote course), with eight three-hour meetings and five trainees enrolled.
     * Written with plain JDBC batches: the benchmark is about reading.
     */
    private static void fill(LocalDate today) throws Exception {
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(false);
            Map<String, Long> courses = ids(connection, "SELECT code, id FROM course ORDER BY code");
            Map<String, Long> venues = ids(connection, "SELECT code, id FROM venue WHERE active = TRUE ORDER BY code");
            List<Long> people = new ArrayList<>(ids(connection, "SELECT service_number, id FROM person ORDER BY id").values());
            List<String> courseCodes = new ArrayList<>(courses.keySet());
            List<Long> venueIds = new ArrayList<>(venues.values());
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO cohort (code, course_id, starts_on, ends_on, venue_id, seat_limit, status, created_at,
                        version, needs_approval)
                    VALUES (?, ?, ?, ?, ?, 16, ?, ?, 0, FALSE)""")) {
                for (int i = 0; i < COHORTS; i++) {
                    String course = courseCodes.get(i % courseCodes.size());
                    LocalDate startsOn = today.minusDays(730).plusDays((long) i * 1460 / COHORTS);
                    LocalDate endsOn = startsOn.plusDays(16);
                    insert.setString(1, String.format(Locale.ROOT, "BENCH-%05d", i));
                    insert.setLong(2, courses.get(course));
                    insert.setDate(3, Date.valueOf(startsOn));
                    insert.setDate(4, Date.valueOf(endsOn));
                    if (course.equals("CP140")) {
                        insert.setNull(5, java.sql.Types.BIGINT);
                    } else {
                        insert.setLong(5, venueIds.get((i / courseCodes.size()) % venueIds.size()));
                    }
                    insert.setString(6, i % 20 == 0 ? "CANCELLED" : endsOn.isBefore(today) ? "COMPLETED"
                            : startsOn.isAfter(today) ? (i % 2 == 0 ? "OPEN" : "PLANNED") : "IN_PROGRESS");
                    insert.setTimestamp(7, new Timestamp(System.currentTimeMillis()));
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            Map<String, Long> cohorts = ids(connection, "SELECT code, id FROM cohort WHERE code LIKE 'BENCH-%'");
            Map<Long, LocalDate> starts = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, starts_on FROM cohort WHERE code LIKE 'BENCH-%'")) {
                while (rows.next()) {
                    starts.put(rows.getLong(1), rows.getDate(2).toLocalDate());
                }
            }
            int n = 0;
            try (PreparedStatement meeting = connection.prepareStatement("""
                    INSERT INTO meeting (cohort_id, starts_at, ends_at, topic_ar, topic_en, cancelled, version)
                    VALUES (?, ?, ?, ?, ?, FALSE, 0)""");
                 PreparedStatement enrolment = connection.prepareStatement("""
                    INSERT INTO enrolment (cohort_id, person_id, status, requested_at, version)
                    VALUES (?, ?, 'ENROLLED', ?, 0)""")) {
                for (Long cohort : cohorts.values()) {
                    LocalDate startsOn = starts.get(cohort);
                    for (int m = 0; m < MEETINGS_PER_COHORT; m++) {
                        LocalDate day = startsOn.plusDays(MEETING_DAYS[m]);
                        meeting.setLong(1, cohort);
                        meeting.setTimestamp(2, Timestamp.valueOf(day.atTime(9, 0)));
                        meeting.setTimestamp(3, Timestamp.valueOf(day.atTime(12, 0)));
                        meeting.setString(4, "الجلسة " + (m + 1));
                        meeting.setString(5, "Session " + (m + 1));
                        meeting.addBatch();
                    }
                    for (int e = 0; e < ENROLMENTS_PER_COHORT && e < people.size(); e++) {
                        enrolment.setLong(1, cohort);
                        enrolment.setLong(2, people.get((int) ((cohort + e) % people.size())));
                        enrolment.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
                        enrolment.addBatch();
                    }
                    if (++n % (BATCH / MEETINGS_PER_COHORT) == 0) {
                        meeting.executeBatch();
                        enrolment.executeBatch();
                    }
                }
                meeting.executeBatch();
                enrolment.executeBatch();
            }
            connection.commit();
        }
    }

    private static Map<String, Long> ids(Connection connection, String sql) throws Exception {
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getLong(2));
            }
        }
        return ids;
    }

    private static String databaseName() throws Exception {
        try (Connection connection = dataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
    }

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("java:app/jdbc/tadreeb");
    }
}
