package org.tadreeb.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The application's one {@link DataSource} class, whose vendor follows the configured JDBC URL.
 *
 * <p>{@code @DataSourceDefinition} needs a class name fixed at compile time, but the database is
 * configuration: {@code jdbc:h2:} selects the embedded H2 default and {@code jdbc:mysql:} or
 * {@code jdbc:mariadb:} selects MySQL Connector/J. Payara pools the connections this class hands out and
 * fills it through the setters below.
 */
public class ConfiguredDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeoutSeconds;
    private volatile DataSource vendor;

    public void setUrl(String url) {
        this.url = url;
        this.vendor = null;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
        this.vendor = null;
    }

    public void setPassword(String password) {
        this.password = password;
        this.vendor = null;
    }

    // Payara passes the remaining @DataSourceDefinition attributes too; the URL already says all of them.
    public void setServerName(String ignored) { }

    public void setPortNumber(int ignored) { }

    public void setDatabaseName(String ignored) { }

    @Override
    public Connection getConnection() throws SQLException {
        return vendor().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return vendor().getConnection(username, password);
    }

    private DataSource vendor() throws SQLException {
        DataSource current = vendor;
        if (current == null) {
            current = VendorDataSources.create(url, user, password);
            if (loginTimeoutSeconds > 0) {
                current.setLoginTimeout(loginTimeoutSeconds);
            }
            vendor = current;
        }
        return current;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) { }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return vendor().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || vendor().isWrapperFor(type);
    }
}
