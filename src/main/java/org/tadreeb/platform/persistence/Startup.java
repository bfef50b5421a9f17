package org.tadreeb.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.tadreeb.platform.demo.DemoData;

/**
 * What happens once when Tadreeb starts: the schema is brought up to date, the mappings are checked against
 * it, and an empty database receives the demo data (unless switched off).
 *
 * <p>If the database cannot be reached yet, start-up is retried every few seconds instead of failing the
 * deployment; {@code /health/ready} reports DOWN until it has succeeded. A schema that does not match the
 * code is a programming error and stops the application.
 */
@Singleton
@jakarta.ejb.Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());
    private static final long RETRY_SECONDS = 5;

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SchemaCheck schemaCheck;

    @Inject
    DemoData demoData;

    @Inject
    SchemaState schemaState;

    private ScheduledFuture<?> retry;

    @PostConstruct
    void start() {
        if (!tryToPrepareDatabase()) {
            retry = scheduler.scheduleWithFixedDelay(() -> {
                if (tryToPrepareDatabase()) {
                    retry.cancel(false);
                }
            }, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (retry != null) {
            retry.cancel(true);
        }
    }

    private synchronized boolean tryToPrepareDatabase() {
        if (schemaState.isReady()) {
            return true;
        }
        try {
            DatabaseMigrations.apply(dataSource);
        } catch (FlywayException unreachable) {
            LOG.log(Level.SEVERE, "The database cannot be prepared yet; retrying in " + RETRY_SECONDS + " s: "
                    + unreachable.getMessage());
            return false;
        }
        List<String> mismatches = schemaCheck.mismatches();
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException("The entity mappings do not match the database schema: " + mismatches);
        }
        demoData.loadIfWanted();
        schemaState.markReady();
        LOG.info("Tadreeb is ready");
        return true;
    }
}
