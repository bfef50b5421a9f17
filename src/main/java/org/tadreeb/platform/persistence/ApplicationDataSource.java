package org.tadreeb.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/**
 * Declares the application's datasource from configuration (see docs/configuration.md).
 *
 * <p>With nothing configured it is an H2 database in {@code ./data}; {@code TADREEB_DB_URL},
 * {@code TADREEB_DB_USER} and {@code TADREEB_DB_PASSWORD} point it at MySQL or MariaDB. Connections are
 * validated before use, so the pool recovers on its own after a database outage.
 */
@DataSourceDefinition(
        name = ApplicationDataSource.JNDI_NAME,
        className = "org.tadreeb.platform.persistence.ConfiguredDataSource",
        url = "${MPCONFIG=tadreeb.db.url}",
        user = "${MPCONFIG=tadreeb.db.user}",
        password = "${MPCONFIG=tadreeb.db.password}",
        minPoolSize = 0,
        maxPoolSize = 32,
        loginTimeout = 5,
        // Enrolment locks a cohort's row, then counts its seats: the count must see the last holder's commit,
        // which InnoDB's default REPEATABLE READ would hide behind an earlier snapshot.
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true",
            "fish.payara.validate-atmost-once-period-in-seconds=5",
            "fish.payara.connection-leak-timeout-in-seconds=0"
        })
@ApplicationScoped
public class ApplicationDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/tadreeb";
}
