package org.tadreeb.reporting;

import jakarta.enterprise.inject.spi.CDI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.demo.VolumeData;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.WebClient;

/**
 * Not a test but a measurement ({@code mvn verify -Pbenchmark,mariadb -Dit.test=ReportBenchmark}): fills the
 * database with {@link VolumeData}'s large size (20,000 trainees, 2,000 cohorts, 100,000 enrolments with their
 * attendance and certificates), then times the training report over the whole period — totals and four breakdowns
 * — as the service computes it, as bare JDBC running the very same aggregate statements, and over HTTP as the API
 * and the page answer it. Prints medians side by side with ratios to bare SQL and writes them to
 * target/benchmark/report.txt; docs/performance.md keeps them.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportBenchmark {

    private static final int WARM_UP = 2;
    private static final int ROUNDS = 9;
    private static final Path RESULTS = Path.of("target", "benchmark", "report-inside.txt");

    @Deployment
    static WebArchive deployment() {
        return Deployments.tadreeb();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    @Order(1)
    void serviceBesideBareSql() throws Exception {
        DataSource dataSource = InitialContext.doLookup("java:app/jdbc/tadreeb");
        LocalDate today = CDI.current().select(CentreClock.class).get().today();
        VolumeData.Written written;
        String database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            written = new VolumeData(connection, today).generate(VolumeData.Size.LARGE);
        }
        TrainingReportFilter everything = new TrainingReportFilter(today.minusYears(4), today.plusYears(1), null, null,
                null, null, null);
        TrainingReports reports = CDI.current().select(TrainingReports.class).get();
        TrainingReport report = reports.report(everything);
        long[] service = time(() -> reports.report(everything).totals().enrolments());
        long[] bare = time(() -> bareSql(dataSource, everything));
        String lines = String.format(Locale.ROOT, "%s%n%,d trainees, %,d cohorts, %,d enrolments, %,d attendance marks, "
                        + "%,d certificates written in %,d ms%nreport over %s..%s: %,d enrolments counted, %,d trainees, "
                        + "%s hours%n%d|%d%n", database, written.trainees(), written.cohorts(), written.enrolments(),
                written.attendance(), written.certificates(), written.millis(), everything.from(), everything.to(),
                report.totals().enrolments(), report.totals().trainees(), report.totals().hours(), median(service),
                median(bare));
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, lines);
    }

    @Test
    @Order(2)
    @RunAsClient
    void apiAndPageOverHttp() throws Exception {
        List<String> inside = Files.readAllLines(RESULTS);
        String[] medians = inside.get(inside.size() - 1).split("\\|");
        long serviceMillis = Long.parseLong(medians[0]);
        long bareMillis = Long.parseLong(medians[1]);
        LocalDate today = LocalDate.now();
        String period = "from=" + today.minusYears(4) + "&to=" + today.plusYears(1);
        WebClient api = new WebClient(deploymentUrl);
        String token = api.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        long[] apiTimes = time(() -> ok(api.get("api/v1/reports/training?" + period, token)));
        WebClient page = new WebClient(deploymentUrl);
        page.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        long[] pageTimes = time(() -> ok(page.get("admin/reports/training.xhtml?" + period + "&lang=en")));
        StringBuilder out = new StringBuilder("Report benchmark, ").append(inside.get(0)).append('\n');
        inside.subList(1, inside.size() - 1).forEach(line -> out.append(line).append('\n'));
        out.append(String.format(Locale.ROOT, "median of %d rounds after %d warm-up rounds, milliseconds%n", ROUNDS, WARM_UP));
        out.append(String.format(Locale.ROOT, "  %-44s %8s %8s%n", "totals + 4 breakdowns (3 statements)", "ms", "× SQL"));
        for (Object[] row : new Object[][] {{"bare SQL through JDBC", bareMillis}, {"service (TrainingReports)", serviceMillis},
                {"API GET /api/v1/reports/training", median(apiTimes)}, {"page /admin/reports/training.xhtml", median(pageTimes)}}) {
            long millis = (Long) row[1];
            out.append(String.format(Locale.ROOT, "  %-44s %,8d %8.2f%n", row[0], millis, (double) millis / Math.max(1, bareMillis)));
        }
        System.out.println(out);
        Files.writeString(RESULTS.resolveSibling("report.txt"), out.toString());
    }

    private static long ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
        return response.body().length();
    }

    /** The report's three statements, bare: one connection, prepared, executed and read to the end. */
    private static long bareSql(DataSource dataSource, TrainingReportFilter filter) throws Exception {
        List<String> statements = List.of(TrainingReports.enrolmentCellsSql(filter),
                TrainingReports.traineeCellsSql(filter), TrainingReports.certificateCellsSql(filter));
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            boolean mariaDb = connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
            if (mariaDb) {
                // As TrainingReports does: sum the period's attendance once, not once per enrolment.
                try (java.sql.Statement hint = connection.createStatement()) {
                    hint.execute("SET SESSION optimizer_switch = 'split_materialized=off'");
                }
            }
            for (String sql : statements) {
                try (PreparedStatement statement = connection.prepareStatement(sql.replaceAll("\\?\\d", "?"))) {
                    // The statements number their parameters (?1, ?2); bare JDBC binds them by position, in order.
                    int index = 1;
                    for (int i = 0; i < parameterCount(sql); i++) {
                        statement.setObject(index++, java.sql.Date.valueOf(i % 2 == 0 ? filter.from() : filter.to()));
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            rows++;
                        }
                    }
                }
            }
            if (mariaDb) {
                try (java.sql.Statement hint = connection.createStatement()) {
                    hint.execute("SET SESSION optimizer_switch = 'split_materialized=default'");
                }
            }
        }
        return rows;
    }

    private static int parameterCount(String sql) {
        return (int) sql.chars().filter(c -> c == '?').count();
    }

    private static long[] time(Callable<?> work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            work.call();
        }
        long[] millis = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            work.call();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        return millis;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
