package org.tadreeb.platform.persistence;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Builds the vendor's own {@link DataSource} for a JDBC URL: H2 for the embedded default, Connector/J for MySQL and MariaDB. */
public final class VendorDataSources {

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
            return mysql;
        }
        throw new SQLException("Unsupported database URL: only jdbc:h2:, jdbc:mysql: and jdbc:mariadb: are supported");
    }

    public static boolean isEmbedded(String url) {
        return url != null && url.startsWith("jdbc:h2:");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
