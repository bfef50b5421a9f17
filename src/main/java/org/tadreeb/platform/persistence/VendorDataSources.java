package org.tadreeb.platform.persistence;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Builds the vendor's own {@link DataSource} for a JDBC URL: H2 for the embedded default, Connector/J for MySQL and
 * MariaDB.
 *
 * <p>Connector/J prepares statements on the client, and by default parses each statement's SQL again every time it
 * is prepared: EclipseLink prepares every statement it runs, so an enrolment parsed some twenty SQL strings per
 * request (docs/performance.md, "Enrolling"). Unless the URL says otherwise, each connection keeps the parsed form
 * of up to {@value #PARSED_STATEMENTS} statements ({@code cachePrepStmts}). The driver also answers what it already
 * knows of the session — auto-commit and isolation level — itself ({@code useLocalSessionState}) instead of asking
 * the server each time the pool hands the connection out (a {@code SELECT @@session.tx_isolation} per
 * transaction); nothing in Tadreeb changes them by SQL text. A URL that sets either option keeps its own.
 */
public final class VendorDataSources {

    /** Parsed statements kept per connection: more than the application's distinct statements. */
    static final int PARSED_STATEMENTS = 250;
    /** Longer SQL (the report queries) is parsed each time, as before. */
    static final int PARSED_SQL_LIMIT = 2048;

    private VendorDataSources() {
    }

    public static DataSource create(String url, String user, String password) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL is configured (tadreeb.db.url / TADREEB_DB_URL)");
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(nullToEmpty(user));
            h2.setPassword(nullToEmpty(password));
            return h2;
        }
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            MysqlDataSource mysql = new MysqlDataSource();
            mysql.setUrl(url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:"));
            mysql.setUser(user);
            mysql.setPassword(password);
            if (!mentions(url, "cachePrepStmts")) {
                mysql.setCachePrepStmts(true);
                mysql.setPrepStmtCacheSize(PARSED_STATEMENTS);
                mysql.setPrepStmtCacheSqlLimit(PARSED_SQL_LIMIT);
            }
            if (!mentions(url, "useLocalSessionState")) {
                mysql.setUseLocalSessionState(true);
            }
            return mysql;
        }
        throw new SQLException("Unsupported database URL: only jdbc:h2:, jdbc:mysql: and jdbc:mariadb: are supported");
    }

    public static boolean isEmbedded(String url) {
        return url != null && url.startsWith("jdbc:h2:");
    }

    /** Whether the URL sets a Connector/J option itself (options are case-insensitive). */
    private static boolean mentions(String url, String option) {
        int query = url.indexOf('?');
        return query >= 0 && url.substring(query).toLowerCase(Locale.ROOT).contains(option.toLowerCase(Locale.ROOT) + "=");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
