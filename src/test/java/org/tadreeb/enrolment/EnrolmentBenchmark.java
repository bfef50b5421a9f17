package org.tadreeb.enrolment;

import static org.tadreeb.testing.InContainer.bean;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.tadreeb.cohort.CohortDetails;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.cohort.MeetingDetails;
import org.tadreeb.cohort.VenueDetails;
import org.tadreeb.cohort.VenueService;
import org.tadreeb.people.NameFolding;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.TestDatabase;
import org.tadreeb.testing.WebClient;

/**
 * Not a test but a measurement ({@code mvn verify -Pbenchmark -Dit.test=EnrolmentBenchmark}, with {@code -Pmariadb}
 * for MariaDB): 16 concurrent clients enrol trainees through the API, {@code POST /api/v1/cohorts/{code}/enrolments}
 * as an administrator (bearer token, {@code EnrolmentRequests.enrolByAdministrator}: lock the cohort, the rules,
 * count the seats, insert, audit, queue the mail), then 16 threads do the same number of plain JDBC enrolment
 * transactions on the same database (lock the cohort's row, count its seats, insert the enrolment, commit), each
 * way after a warm-up. Prints throughput and p50/p99/max latency of both, the ratio of their throughputs and the CPU
 * time each way took per enrolment in the server, the client and the database server (the machine is shared, so
 * these say more than the load average), and writes them to target/benchmark/enrolment.txt; docs/performance.md
 * keeps them.
 *
 * <p>The methods run in order: the setup inside the server, the API from the test JVM over HTTP (as clients would),
 * then plain JDBC inside the server through the application's own connection pool (the only way to share the
 * embedded H2 database), which also checks the database and writes the report. The API's figures pass from the
 * test JVM to the server through a file under target/benchmark.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnrolmentBenchmark {

    private static final int CLIENTS = 16;
    private static final int REQUESTS = 1_600;
    /**
     * As many again first: a fresh server still compiles its hot code well past a few hundred requests (in a first
     * run with 160, a quarter of the server's CPU went to the JIT compiler threads during the measurement).
     */
    private static final int WARM_UP = 1_600;
    /** Cohorts each way: requests go round them, so 16 clients mostly lock different cohorts, as at a real centre. */
    private static final int COHORTS = 40;
    /** Enough for every request (warm-up included): each one is a fresh enrolment that gets a seat. */
    private static final int SEATS = (WARM_UP + REQUESTS) / COHORTS;
    private static final int MEETINGS = 4;
    /** Courses of the demo without prerequisites, so that no request is refused for a missing one. */
    private static final List<String> COURSES = List.of("CP101", "CP120", "CP130", "CP310");
    private static final String VENUE = "BENCH-HALL";
    private static final String API = "A";
    private static final String JDBC = "J";
    private static final Path OUT = Path.of("target", "benchmark");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final String ECHO_OPEN = "echo-open";
    private static final String ECHO_SIGNED_IN = "echo-signed-in";

    @Deployment
    static WebArchive deployment() {
        // Mail is queued in the outbox as always, but its delivery is kept out of the measurement: nothing listens
        // on this port, so the sender's one attempt per poll fails at once and backs off.
        database = TestDatabase.fresh();
        return Deployments.tadreeb(database, Map.of("tadreeb.smtp.host", "127.0.0.1",
                "tadreeb.smtp.port", Integer.toString(deadPort()), "tadreeb.smtp.timeout-seconds", "2"))
                .addClasses(BenchmarkEcho.class, TestDatabase.class);
    }

    /** The deployment's database, as the test JVM reaches it (set where the deployment is made, on the client). */
    private static TestDatabase database;

    @ArquillianResource
    URL deploymentUrl;

    /**
     * A hall big enough for the seats, 2 × 40 open cohorts of the demo's courses without prerequisites (four
     * meetings each, no two at the same time), and one new trainee with an e-mail address for every request each
     * way: BA-00000... for the API, BJ-00000... for JDBC, warm-up included. Trainees are written with a JDBC
     * batch; the cohorts go through the real services.
     */
    @Test
    @Order(1)
    void prepare() throws Exception {
        LocalDate today = bean(CentreClock.class).today();
        bean(VenueService.class).add(new VenueDetails(VENUE, "قاعة قياس الأداء", "Benchmark hall", "CAP", 100));
        CohortService cohorts = bean(CohortService.class);
        int k = 0;
        for (String way : List.of(API, JDBC)) {
            for (int i = 0; i < COHORTS; i++, k++) {
                String code = cohortCode(way, i);
                LocalDate start = today.plusDays(60 + (long) k * MEETINGS);
                cohorts.plan(new CohortDetails(code, COURSES.get(i % COURSES.size()), start,
                        start.plusDays(MEETINGS - 1), VENUE, SEATS, null, start.minusDays(1), false, List.of()));
                for (int m = 0; m < MEETINGS; m++) {
                    cohorts.addMeeting(code, new MeetingDetails(start.plusDays(m), LocalTime.of(9, 0),
                            LocalTime.of(12, 0), "الجلسة " + (m + 1), "Session " + (m + 1)));
                }
                cohorts.open(code);
            }
        }
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(false);
            long organisation;
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT id FROM organisation WHERE code = 'CPD-CAP'")) {
                row.next();
                organisation = row.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO person (service_number, name_ar, name_en, email, organisation_id, governorate_code,
                        preferred_language, active, search_text, created_at, version)
                    VALUES (?, ?, ?, ?, ?, 'CAP', ?, TRUE, ?, ?, 0)""")) {
                int n = 0;
                for (String way : List.of(API, JDBC)) {
                    for (int i = 0; i < WARM_UP + REQUESTS; i++) {
                        String number = traineeNumber(way, i);
                        String arabic = "متدرب القياس " + i;
                        String latin = "Benchmark Trainee " + way + i;
                        insert.setString(1, number);
                        insert.setString(2, arabic);
                        insert.setString(3, latin);
                        insert.setString(4, number.toLowerCase(Locale.ROOT) + "@bench.example.org");
                        insert.setLong(5, organisation);
                        insert.setString(6, i % 2 == 0 ? "ar" : "en");
                        insert.setString(7, NameFolding.fold(arabic + " " + latin + " " + number));
                        insert.setTimestamp(8, Timestamp.from(Instant.now()));
                        insert.addBatch();
                        if (++n % 500 == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
        for (String way : List.of(ECHO_OPEN, ECHO_SIGNED_IN, API)) {
            Files.deleteIfExists(figuresOf(way));
        }
    }

    /**
     * The ceiling, from the test JVM with the same 16 clients and the same request shape: {@link BenchmarkEcho}
     * answers like an enrolment but does nothing — first open to anyone (HTTP, servlet filters, JAX-RS and JSON),
     * then behind the administrator's bearer token (adding the token check). No enrolment API on this stack and
     * machine can be faster than these.
     */
    @Test
    @Order(2)
    @RunAsClient
    void stackCeiling() throws Exception {
        String token = new WebClient(deploymentUrl).issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        // Twice: the first time round, the server is still compiling its HTTP path (the later figures replace it).
        overHttp(ECHO_OPEN, index -> "/benchmark/echo/open", null);
        overHttp(ECHO_OPEN, index -> "/benchmark/echo/open", null);
        overHttp(ECHO_SIGNED_IN, index -> "/benchmark/echo/signed-in", token);
    }

    /** From the test JVM: 16 clients, each with its own HTTP connection, as an administrator's scripts would be. */
    @Test
    @Order(3)
    @RunAsClient
    void throughTheApi() throws Exception {
        String token = new WebClient(deploymentUrl).issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        overHttp(API, index -> "/cohorts/" + cohortCode(API, index % COHORTS) + "/enrolments", token);
    }

    /**
     * Drives one way over HTTP — warm-up, then the timed requests — each request a {@code POST} of
     * {@code {"serviceNumber": ...}} to {@code api/v1} + the path for its index, with the bearer token when there is
     * one; every answer must be 201. Writes the figures for the report written inside the server.
     */
    private void overHttp(String way, IntFunction<String> path, String token)
            throws Exception {
        URI base = WebClient.localBase(deploymentUrl);
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        // The JDK's plain HTTP client, with a kept-alive connection per thread: the load generator shares the two
        // cores with the server and the database, and java.net.http cost some 3 ms of CPU per request here.
        Operation send = (worker, index) -> {
            HttpURLConnection connection = (HttpURLConnection) base.resolve("api/v1" + path.apply(index)).toURL()
                    .openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(60_000);
            connection.setRequestProperty("Content-Type", "application/json");
            if (token != null) {
                connection.setRequestProperty("Authorization", "Bearer " + token);
            }
            byte[] body = ("{\"serviceNumber\":\"" + traineeNumber(API, index) + "\"}").getBytes(StandardCharsets.UTF_8);
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int code = connection.getResponseCode();
            String answer;
            try (InputStream in = code >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (code != 201) {
                return code + " " + answer;
            }
            Matcher status = STATUS.matcher(answer);
            statuses.computeIfAbsent(status.find() ? status.group(1) : "?", s -> new AtomicInteger()).incrementAndGet();
            return null;
        };
        // Payara Micro runs as a child of this JVM (Arquillian starts it).
        ProcessHandle server = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro")).findFirst().orElse(null);
        ProcessHandle databaseServer = TestDatabase.usesMariaDb() ? databaseServer() : null;
        String loadBefore = loadAverage();
        Run warmUp = drive(0, WARM_UP, send);
        String loadMeasured = loadAverage();
        long statementsBefore = statementsSoFar();
        Cpu before = Cpu.now(server, ProcessHandle.current(), databaseServer);
        Run measured = drive(WARM_UP, REQUESTS, send);
        Cpu used = Cpu.now(server, ProcessHandle.current(), databaseServer).since(before);
        long statements = statementsSoFar() - statementsBefore;
        String loadAfter = loadAverage();

        Properties figures = measured.toProperties();
        figures.setProperty("cpu", used.perRequest(REQUESTS, "Payara", "test JVM (HTTP clients)"));
        figures.setProperty("statements", statementsBefore < 0 ? "not counted (not MariaDB)"
                : String.format(Locale.ROOT, "%.1f", (double) statements / REQUESTS));
        figures.setProperty("warmUpFailures", Integer.toString(warmUp.failures()));
        figures.setProperty("statuses", new TreeMap<>(statuses).toString());
        figures.setProperty("load", loadBefore + " | " + loadMeasured + " | " + loadAfter);
        Files.createDirectories(OUT);
        try (Writer out = Files.newBufferedWriter(figuresOf(way), StandardCharsets.UTF_8)) {
            figures.store(out, "EnrolmentBenchmark: figures of one way over HTTP, for the report written inside the server");
        }
        System.out.println(way + ": " + measured.summary() + "; answers " + new TreeMap<>(statuses)
                + (measured.problems().isEmpty() ? "" : "; first failures: " + measured.problems()));
    }

    /**
     * Inside the server, through the application's pool: 16 connections taken up front (one per thread, as a pool
     * hands them out), each transaction locks the cohort's row, counts its enrolled seats, inserts the enrolment
     * (enrolled, or waitlisted when full) and commits. No rules, no audit, no mail, no HTTP: the floor.
     */
    @Test
    @Order(4)
    void withPlainJdbcAndReport() throws Exception {
        Map<String, Long> cohortIds = ids("SELECT code, id FROM cohort WHERE code LIKE 'BENCH-J%'");
        Map<String, Long> people = ids("SELECT service_number, id FROM person WHERE service_number LIKE 'BJ-%'");
        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement[]> statements = new ArrayList<>();
        DataSource dataSource = dataSource();
        for (int t = 0; t < CLIENTS; t++) {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            connections.add(connection);
            statements.add(new PreparedStatement[] {
                connection.prepareStatement("SELECT seat_limit FROM cohort WHERE id = ? FOR UPDATE"),
                connection.prepareStatement("SELECT COUNT(*) FROM enrolment WHERE cohort_id = ? AND status = 'ENROLLED'"),
                connection.prepareStatement("""
                        INSERT INTO enrolment (cohort_id, person_id, status, requested_at, queued_at, decided_at,
                            seat_pool, requested_by, version)
                        VALUES (?, ?, ?, ?, ?, ?, 'GENERAL', 'admin', 0)""")});
        }
        Operation enrol = (worker, index) -> {
            PreparedStatement[] s = statements.get(worker);
            Connection connection = connections.get(worker);
            long cohort = cohortIds.get(cohortCode(JDBC, index % COHORTS));
            try {
                s[0].setLong(1, cohort);
                int seats;
                try (ResultSet row = s[0].executeQuery()) {
                    row.next();
                    seats = row.getInt(1);
                }
                s[1].setLong(1, cohort);
                long taken;
                try (ResultSet row = s[1].executeQuery()) {
                    row.next();
                    taken = row.getLong(1);
                }
                Instant now = Instant.now();
                boolean seated = taken < seats;
                s[2].setLong(1, cohort);
                s[2].setLong(2, people.get(traineeNumber(JDBC, index)));
                s[2].setString(3, seated ? "ENROLLED" : "WAITLISTED");
                s[2].setTimestamp(4, Timestamp.from(now));
                s[2].setTimestamp(5, Timestamp.from(now.truncatedTo(ChronoUnit.SECONDS)));
                s[2].setTimestamp(6, seated ? Timestamp.from(now) : null);
                s[2].executeUpdate();
                connection.commit();
                return null;
            } catch (Exception failure) {
                connection.rollback();
                return failure.toString();
            }
        };
        boolean mariaDb = databaseName().matches("(?i).*(mysql|mariadb).*");
        ProcessHandle databaseServer = mariaDb ? databaseServer() : null;
        String loadBefore = loadAverage();
        Run warmUp = drive(0, WARM_UP, enrol);
        String loadMeasured = loadAverage();
        long statementsBefore = mariaDb ? statementsSoFar(dataSource().getConnection()) : -1;
        Cpu before = Cpu.now(ProcessHandle.current(), null, databaseServer);
        Run jdbc = drive(WARM_UP, REQUESTS, enrol);
        Cpu used = Cpu.now(ProcessHandle.current(), null, databaseServer).since(before);
        String jdbcStatements = mariaDb ? String.format(Locale.ROOT, "%.1f",
                (double) (statementsSoFar(dataSource().getConnection()) - statementsBefore) / REQUESTS) : "not counted";
        String loadAfter = loadAverage();
        for (Connection connection : connections) {
            connection.close();
        }

        Properties api = figures(API);
        Properties echoOpen = figures(ECHO_OPEN);
        Properties echoSignedIn = figures(ECHO_SIGNED_IN);
        Run apiRun = Run.fromProperties(api);
        Run openRun = Run.fromProperties(echoOpen);
        Run signedInRun = Run.fromProperties(echoSignedIn);
        double ratio = apiRun.throughput() / jdbc.throughput();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
                        Enrolment benchmark, %s: %d concurrent clients, %,d enrolments each way after %,d warm-up,
                        round %d open cohorts of %d seats each way (each request a new trainee)
                          %-44s %9s %8s %8s %8s %9s
                        """, databaseName(), CLIENTS, REQUESTS, WARM_UP, COHORTS, SEATS,
                "way", "req/s", "p50 ms", "p99 ms", "max ms", "failures"));
        report.append(apiRun.line("API, POST /api/v1/cohorts/{code}/enrolments"));
        report.append(jdbc.line("plain JDBC: lock cohort, count, insert, commit"));
        report.append(openRun.line("ceiling: the same POST answered, no work"));
        report.append(signedInRun.line("ceiling: the same, behind the bearer token"));
        report.append(String.format(Locale.ROOT, """
                          ceilings ÷ JDBC throughput: no work %.2f, with the token check %.2f; API ÷ ceiling with the token %.2f
                          ceiling CPU in ms per request: no work: %s
                                                         with the token: %s
                        """, openRun.throughput() / jdbc.throughput(), signedInRun.throughput() / jdbc.throughput(),
                apiRun.throughput() / signedInRun.throughput(), echoOpen.getProperty("cpu", "not known"),
                echoSignedIn.getProperty("cpu", "not known")));
        report.append(String.format(Locale.ROOT, """
                          database statements per request (MariaDB, all its clients): API %s, ceiling with the token %s, JDBC %s
                          API ÷ JDBC throughput: %.2f (aim at least 0.30); API p99 %.1f ms (aim under 100 ms)
                          API answers: %s; warm-up failures: API %s, JDBC %d
                          CPU while measuring, in ms per enrolment (the database server's includes any other clients it had):
                            API  %s
                            JDBC %s
                          load average (1/5/15 min) before warm-up | before measuring | after:
                            API  %s
                            JDBC %s | %s | %s
                        """, api.getProperty("statements"), echoSignedIn.getProperty("statements"), jdbcStatements, ratio, apiRun.p99() / 1e6, api.getProperty("statuses"), api.getProperty("warmUpFailures"),
                warmUp.failures(), api.getProperty("cpu", "not known"), used.perRequest(REQUESTS, "Payara (pool and JDBC)", null),
                api.getProperty("load"), loadBefore, loadMeasured, loadAfter));
        report.append(databaseCheck());
        if (openRun.failures() > 0 || signedInRun.failures() > 0) {
            report.append("  ceiling failures: ").append(openRun.problems()).append(", ").append(signedInRun.problems())
                    .append('\n');
        }
        if (!apiRun.problems().isEmpty() || !jdbc.problems().isEmpty()) {
            report.append("  first failures: API ").append(apiRun.problems()).append(", JDBC ")
                    .append(jdbc.problems()).append('\n');
        }
        System.out.println(report);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("enrolment.txt"), report.toString());
        if (apiRun.failures() > 0 || jdbc.failures() > 0) {
            throw new AssertionError("Some enrolments failed: " + report);
        }
    }

    // ---- driving the clients -----------------------------------------------------------------------------

    /** One request or transaction by one of the clients; answers null when it did its work, or what went wrong. */
    @FunctionalInterface
    private interface Operation {
        String run(int worker, int index) throws Exception;
    }

    /**
     * Runs {@code count} operations (indexes from {@code first}) from 16 threads at once, each taking the next
     * index as soon as it is done with the last one (closed loop: no think time), and times each.
     */
    private static Run drive(int first, int count, Operation operation) throws Exception {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < CLIENTS; t++) {
                int worker = t;
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long began = System.nanoTime();
                        String problem;
                        try {
                            problem = operation.run(worker, first + i);
                        } catch (Exception failure) {
                            problem = failure.toString();
                        }
                        latencies[i] = System.nanoTime() - began;
                        if (problem != null) {
                            failures.incrementAndGet();
                            if (problems.size() < 5) {
                                problems.add(problem.length() > 300 ? problem.substring(0, 300) + "…" : problem);
                            }
                        }
                    }
                    return null;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get();
            }
            long wall = System.nanoTime() - began;
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return new Run(count, failures.get(), wall, percentile(sorted, 50), percentile(sorted, 99),
                    sorted[sorted.length - 1], List.copyOf(problems));
        } finally {
            pool.shutdownNow();
        }
    }

    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** One way's figures; times in nanoseconds. */
    private record Run(int count, int failures, long wallNanos, long p50, long p99, long max, List<String> problems) {

        double throughput() {
            return count / (wallNanos / 1e9);
        }

        String summary() {
            return String.format(Locale.ROOT, "%,d in %,d ms = %.0f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d failed",
                    count, wallNanos / 1_000_000, throughput(), p50 / 1e6, p99 / 1e6, max / 1e6, failures);
        }

        String line(String way) {
            return String.format(Locale.ROOT, "  %-44s %9.0f %8.1f %8.1f %8.1f %9d%n", way, throughput(), p50 / 1e6,
                    p99 / 1e6, max / 1e6, failures);
        }

        Properties toProperties() {
            Properties properties = new Properties();
            properties.setProperty("count", Integer.toString(count));
            properties.setProperty("failures", Integer.toString(failures));
            properties.setProperty("wallNanos", Long.toString(wallNanos));
            properties.setProperty("p50", Long.toString(p50));
            properties.setProperty("p99", Long.toString(p99));
            properties.setProperty("max", Long.toString(max));
            properties.setProperty("problems", String.join(" || ", problems));
            return properties;
        }

        static Run fromProperties(Properties p) {
            String problems = p.getProperty("problems", "");
            return new Run(Integer.parseInt(p.getProperty("count")), Integer.parseInt(p.getProperty("failures")),
                    Long.parseLong(p.getProperty("wallNanos")), Long.parseLong(p.getProperty("p50")),
                    Long.parseLong(p.getProperty("p99")), Long.parseLong(p.getProperty("max")),
                    problems.isEmpty() ? List.of() : List.of(problems.split(" \\|\\| ")));
        }
    }

    /**
     * CPU time used so far by the server, the client and the database server (when they are processes of their own
     * here), and by the whole machine (/proc/stat), to tell the benchmark's own work from whatever else was running.
     */
    private record Cpu(long serverNanos, long clientNanos, long databaseNanos, long machineBusy, long machineAll,
                       long wallNanos, long serverJitNanos, long serverGcNanos) {

        static Cpu now(ProcessHandle server, ProcessHandle client, ProcessHandle database) {
            long busy = 0;
            long all = 0;
            try {
                String[] ticks = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                for (int i = 1; i < ticks.length && i <= 8; i++) {
                    long value = Long.parseLong(ticks[i]);
                    all += value;
                    busy += i == 4 || i == 5 ? 0 : value; // idle and iowait
                }
            } catch (IOException | RuntimeException notLinux) {
                // machine figures unknown
            }
            long[] jitAndGc = jitAndGcOf(server);
            return new Cpu(cpuOf(server), cpuOf(client), cpuOf(database), busy, all, System.nanoTime(), jitAndGc[0],
                    jitAndGc[1]);
        }

        /**
         * CPU of the server's JIT compiler threads and garbage collector threads, from /proc/PID/task (Linux counts
         * in ticks of 10 ms): whether the server was still compiling its code while it was measured.
         */
        private static long[] jitAndGcOf(ProcessHandle process) {
            long[] nanos = {-1, -1};
            if (process == null) {
                return nanos;
            }
            try (var threads = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
                nanos[0] = 0;
                nanos[1] = 0;
                for (Path thread : threads.toList()) {
                    try {
                        String stat = Files.readString(thread.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                            nanos[0] += ticks * 10_000_000L;
                        } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                            nanos[1] += ticks * 10_000_000L;
                        }
                    } catch (IOException | RuntimeException threadGone) {
                        // a thread that ended meanwhile
                    }
                }
            } catch (IOException | RuntimeException notLinux) {
                return new long[] {-1, -1};
            }
            return nanos;
        }

        private static long cpuOf(ProcessHandle process) {
            return process == null ? -1 : process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
        }

        Cpu since(Cpu start) {
            return new Cpu(difference(serverNanos, start.serverNanos), difference(clientNanos, start.clientNanos),
                    difference(databaseNanos, start.databaseNanos), machineBusy - start.machineBusy,
                    machineAll - start.machineAll, wallNanos - start.wallNanos,
                    difference(serverJitNanos, start.serverJitNanos), difference(serverGcNanos, start.serverGcNanos));
        }

        private static long difference(long end, long start) {
            return end < 0 || start < 0 ? -1 : end - start;
        }

        String perRequest(int requests, String serverName, String clientName) {
            StringBuilder text = new StringBuilder();
            long ours = 0;
            Object[][] parts = {{serverName, serverNanos}, {clientName, clientNanos}, {"database server", databaseNanos}};
            for (int i = 0; i < parts.length; i++) {
                Object[] part = parts[i];
                long nanos = (Long) part[1];
                if (part[0] != null && nanos >= 0) {
                    text.append(text.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f",
                            part[0], nanos / 1e6 / requests));
                    if (i == 0 && serverJitNanos >= 0) {
                        text.append(String.format(Locale.ROOT, " (JIT compiler %.2f, GC %.2f)",
                                serverJitNanos / 1e6 / requests, serverGcNanos / 1e6 / requests));
                    }
                    ours += nanos;
                }
            }
            int cores = Runtime.getRuntime().availableProcessors();
            if (machineAll > 0) {
                text.append(String.format(Locale.ROOT, "; machine busy %.0f%% of %d cores, these processes %.0f%%",
                        100.0 * machineBusy / machineAll, cores, 100.0 * ours / ((double) wallNanos * cores)));
            }
            return text.toString();
        }
    }

    /**
     * Statements the MariaDB server has received from all its clients so far ({@code Questions}), or -1 on H2:
     * the difference across a timed part, divided by its requests, is the statements each request cost.
     */
    private static long statementsSoFar() throws Exception {
        if (database == null || !TestDatabase.usesMariaDb()) {
            return -1;
        }
        return statementsSoFar(java.sql.DriverManager.getConnection(database.url(), database.user(), database.password()));
    }

    private static long statementsSoFar(Connection opened) throws Exception {
        try (Connection connection = opened;
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            row.next();
            return row.getLong(2) - 1; // this statement itself
        }
    }

    private static Path figuresOf(String way) {
        return OUT.resolve("enrolment-" + way + ".properties");
    }

    private static Properties figures(String way) throws IOException {
        Properties figures = new Properties();
        try (Reader in = Files.newBufferedReader(figuresOf(way), StandardCharsets.UTF_8)) {
            figures.load(in);
        }
        return figures;
    }

    // ---- the data ----------------------------------------------------------------------------------------

    private static String cohortCode(String way, int i) {
        return String.format(Locale.ROOT, "BENCH-%s%02d", way, i);
    }

    private static String traineeNumber(String way, int i) {
        return String.format(Locale.ROOT, "B%s-%05d", way, i);
    }

    /** What each way left in the database: enrolments by status, and for the API its audit records and mail. */
    private static String databaseCheck() throws Exception {
        StringBuilder check = new StringBuilder("  in the database:");
        for (String way : List.of(API, JDBC)) {
            Map<String, Long> byStatus = ids("SELECT e.status, COUNT(*) FROM enrolment e JOIN cohort h ON h.id = e.cohort_id"
                    + " WHERE h.code LIKE 'BENCH-" + way + "%' GROUP BY e.status ORDER BY e.status");
            check.append(way.equals(API) ? " API cohorts " : "; JDBC cohorts ").append(byStatus);
        }
        Map<String, Long> audit = ids("SELECT 'audit', COUNT(*) FROM audit_record WHERE action = 'enrolment.enrolled'"
                + " AND entity_id LIKE 'BENCH-A%'");
        Map<String, Long> mail = ids("SELECT 'outbox', COUNT(*) FROM outbox_message WHERE recipient LIKE 'ba-%'");
        return check.append("; API audit records ").append(audit.get("audit")).append(", mail queued ")
                .append(mail.get("outbox")).append('\n').toString();
    }

    private static Map<String, Long> ids(String sql) throws Exception {
        Map<String, Long> ids = new LinkedHashMap<>();
        try (Connection connection = dataSource().getConnection();
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
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

    /** The machine's load average, to judge how much else was running (2-core machines shared with other builds). */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException unavailable) {
            return "?";
        }
    }

    /** The MariaDB (or MySQL) server process on this machine, if there is one. */
    private static ProcessHandle databaseServer() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().or(() -> p.info().commandLine()).orElse("")
                        .matches(".*/(mariadbd|mysqld)(\\s.*)?"))
                .findFirst().orElse(null);
    }

    private static int deadPort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
