package org.tadreeb.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tadreeb.platform.persistence.SchemaState;
import org.tadreeb.platform.persistence.VendorDataSources;

/**
 * Ready means the database answers now and its schema is up to date. The check opens its own short-lived
 * connection rather than borrowing from the pool, so it sees an outage at once and the recovery too.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 3;

    @Inject
    SchemaState schemaState;

    @Inject
    @ConfigProperty(name = "tadreeb.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "tadreeb.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "tadreeb.db.password")
    String password;

    @Override
    public HealthCheckResponse call() {
        String database = VendorDataSources.isEmbedded(url) ? "embedded H2" : "MySQL/MariaDB";
        try {
            DataSource direct = VendorDataSources.create(url, user, password);
            direct.setLoginTimeout(TIMEOUT_SECONDS);
            try (Connection connection = direct.getConnection()) {
                boolean answers = connection.isValid(TIMEOUT_SECONDS);
                return HealthCheckResponse.named("database")
                        .status(answers && schemaState.isReady())
                        .withData("database", database)
                        .withData("schema", schemaState.isReady() ? "up to date" : "not yet migrated")
                        .build();
            }
        } catch (SQLException unreachable) {
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("database", database)
                    .withData("error", unreachable.getClass().getSimpleName())
                    .build();
        }
    }
}
