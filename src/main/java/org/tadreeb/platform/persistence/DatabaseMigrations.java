package org.tadreeb.platform.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned migrations of the top-level {@code sql/} folder (packaged as {@code db/migration}).
 * The same files run on the embedded H2 and on MySQL/MariaDB.
 */
public final class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    private DatabaseMigrations() {
    }

    public static MigrateResult apply(DataSource dataSource) {
        MigrateResult result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(() -> result.migrationsExecuted == 0
                ? "Database schema is up to date"
                : "Database schema migrated to version " + result.targetSchemaVersion
                        + " (" + result.migrationsExecuted + " migration(s) applied)");
        return result;
    }
}
