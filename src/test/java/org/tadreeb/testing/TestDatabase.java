package org.tadreeb.testing;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fresh, empty database for each deployment under test: an H2 file under {@code target/} by default, or a
 * new MariaDB/MySQL database when the tests run with {@code -Pmariadb} ({@code tadreeb.test.db=mariadb}).
 *
 * <p>For MariaDB the test user needs the right to create databases named {@code tadreeb_it_...}; .ci/run
 * creates it, and docs/operations.md shows the two statements for a developer's machine.
 */
public record TestDatabase(String url, String user, String password) {

    static final String PREFIX = "tadreeb_it_";
    private static final long STALE_AFTER_MILLIS = 6 * 60 * 60 * 1000L;

    public static boolean usesMariaDb() {
        return "mariadb".equalsIgnoreCase(System.getProperty("tadreeb.test.db", "h2"));
    }

    public static String description() {
        return usesMariaDb() ? "MariaDB/MySQL at " + mariaDbServerUrl() : "embedded H2";
    }

    public static TestDatabase fresh() {
        return usesMariaDb() ? freshMariaDb() : freshH2();
    }

    /** A new H2 database that lives as files under {@code dir} (for a database reached over TCP, see callers). */
    public static TestDatabase freshH2() {
        Path dir = Path.of("target", "it-databases", UUID.randomUUID().toString()).toAbsolutePath();
        return new TestDatabase("jdbc:h2:file:" + dir.resolve("tadreeb") + h2Options(), "tadreeb", "tadreeb");
    }

    public static String h2Options() {
        return ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,YEAR,USER";
    }

    static String mariaDbServerUrl() {
        return System.getProperty("tadreeb.test.mariadb.url", "jdbc:mysql://127.0.0.1:3306/");
    }

    static String mariaDbUser() {
        return System.getProperty("tadreeb.test.mariadb.user", "tadreeb_test");
    }

    static String mariaDbPassword() {
        return System.getProperty("tadreeb.test.mariadb.password", "tadreeb_test");
    }

    /** Whether the MariaDB server answers with the test user's credentials; the reason when it does not. */
    public static String mariaDbProblem() {
        try (Connection ignored = DriverManager.getConnection(mariaDbServerUrl(), mariaDbUser(), mariaDbPassword())) {
            return null;
        } catch (SQLException unreachable) {
            return "MariaDB/MySQL is not reachable at " + mariaDbServerUrl() + " as " + mariaDbUser() + ": "
                    + unreachable.getMessage();
        }
    }

    private static TestDatabase freshMariaDb() {
        String name = PREFIX + Long.toString(System.currentTimeMillis(), 36) + "_" + UUID.randomUUID().toString().substring(0, 6);
        try (Connection admin = DriverManager.getConnection(mariaDbServerUrl(), mariaDbUser(), mariaDbPassword());
             Statement statement = admin.createStatement()) {
            dropLeftovers(statement);
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot create the test database " + name + ": " + failure.getMessage(), failure);
        }
        String base = mariaDbServerUrl().endsWith("/") ? mariaDbServerUrl() : mariaDbServerUrl() + "/";
        return new TestDatabase(base + name, mariaDbUser(), mariaDbPassword());
    }

    /**
     * Test databases that earlier runs left behind. Only those made more than a few hours ago go: another run
     * (a second checkout, CI) may be using the recent ones on the same server right now.
     */
    private static void dropLeftovers(Statement statement) throws SQLException {
        List<String> leftovers = new ArrayList<>();
        try (ResultSet databases = statement.executeQuery("SHOW DATABASES LIKE '" + PREFIX.replace("_", "\\_") + "%'")) {
            while (databases.next()) {
                if (isStale(databases.getString(1))) {
                    leftovers.add(databases.getString(1));
                }
            }
        }
        for (String leftover : leftovers) {
            statement.execute("DROP DATABASE IF EXISTS " + leftover);
        }
    }

    /** Names are {@code tadreeb_it_<creation time in base 36>_<random>}; anything unreadable counts as stale. */
    static boolean isStale(String name) {
        try {
            String created = name.substring(PREFIX.length(), name.indexOf('_', PREFIX.length()));
            return System.currentTimeMillis() - Long.parseLong(created, 36) > STALE_AFTER_MILLIS;
        } catch (RuntimeException unreadable) {
            return true;
        }
    }

    /** A JDBC connection from the test JVM, for tests that look at the database directly. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    static File targetDir() {
        return new File("target");
    }
}
