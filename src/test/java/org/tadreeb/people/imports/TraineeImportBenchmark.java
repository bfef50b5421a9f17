package org.tadreeb.people.imports;

import jakarta.enterprise.inject.spi.CDI;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.tadreeb.people.NameFolding;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;

/**
 * Not a test but a measurement ({@code mvn verify -Pbenchmark}, with {@code -Pmariadb} for MariaDB): imports
 * 10,000 generated trainees through the real service (read, check, write, audit), imports them again with
 * every phone number changed (all updates), and inserts the same rows with a plain JDBC batch for comparison,
 * side by side in one run.
 * Prints the figures and writes them to target/benchmark/trainee-import.txt; docs/performance.md keeps them.
 */
@IntegrationTest
class TraineeImportBenchmark {

    private static final int ROWS = 10_000;
    private static final int BATCH = 500;

    @Deployment
    static WebArchive deployment() {
        return Deployments.tadreeb().addClasses(TraineeFiles.class);
    }

    @Test
    void tenThousandTrainees() throws Exception {
        TraineeImport imports = CDI.current().select(TraineeImport.class).get();
        importCsv(imports, TraineeFiles.clean("WARM", 200, "0799"));

        byte[] file = TraineeFiles.utf8(TraineeFiles.clean("BENCH", ROWS, "0780"));
        long start = System.nanoTime();
        ImportResult created = importCsv(imports, file);
        long createMillis = millisSince(start);
        byte[] changed = TraineeFiles.utf8(TraineeFiles.clean("BENCH", ROWS, "0781"));
        start = System.nanoTime();
        ImportResult updated = importCsv(imports, changed);
        long updateMillis = millisSince(start);
        start = System.nanoTime();
        plainJdbcInsert(ROWS);
        long jdbcMillis = millisSince(start);

        String report = String.format(Locale.ROOT, """
                        Trainee import benchmark, %,d rows, %s (file %,d bytes)
                          service import, all new                 : %,6d ms  (%d created)
                          service import, all updated (new phone) : %,6d ms  (%d updated)
                          plain JDBC batch insert of the same rows: %,6d ms
                          ratio new / JDBC                        : %.1f
                        """, ROWS, databaseName(), file.length, createMillis, created.created(), updateMillis,
                updated.updated(), jdbcMillis, (double) createMillis / Math.max(1, jdbcMillis));
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "trainee-import.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static ImportResult importCsv(TraineeImport imports, byte[] csv) {
        Table table = imports.read(new ByteArrayInputStream(csv), "benchmark.csv", "text/csv");
        return imports.importAll(table, ColumnMapping.guess(table.headers()));
    }

    private static ImportResult importCsv(TraineeImport imports, String csv) {
        return importCsv(imports, csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The same rows as the service writes, straight into the table: no parsing, checking, JPA or audit. */
    private static void plainJdbcInsert(int rows) throws Exception {
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(false);
            long organisation;
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT id FROM organisation WHERE code = 'CPD-NOR'")) {
                result.next();
                organisation = result.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO person (service_number, name_ar, name_en, rank_code, organisation_id, unit,
                        governorate_code, gender, phone, email, preferred_language, active, search_text, created_at, version)
                    VALUES (?, ?, ?, 'SGT', ?, 'مركز الشمال', 'NOR', ?, ?, ?, ?, TRUE, ?, ?, 1)""")) {
                for (int i = 1; i <= rows; i++) {
                    String number = "JDBC-" + i;
                    insert.setString(1, number);
                    insert.setString(2, "متدرب رقم " + i);
                    insert.setString(3, "Trainee " + i);
                    insert.setLong(4, organisation);
                    insert.setString(5, i % 2 == 0 ? "FEMALE" : "MALE");
                    insert.setString(6, String.format("0781%06d", i));
                    insert.setString(7, "jdbc." + i + "@example.org");
                    insert.setString(8, i % 3 == 0 ? "en" : "ar");
                    insert.setString(9, NameFolding.fold("متدرب رقم " + i + " Trainee " + i + " " + number));
                    insert.setTimestamp(10, Timestamp.from(Instant.now()));
                    insert.addBatch();
                    if (i % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }

    private static String databaseName() throws Exception {
        try (Connection connection = dataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        }
    }

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("java:app/jdbc/tadreeb");
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
