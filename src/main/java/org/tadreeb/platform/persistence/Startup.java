package org.tadreeb.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.tadreeb.platform.security.PasswordHasher;

/**
 * What happens once when Tadreeb starts: the schema is brought up to date, the mappings are checked against
 * it, and an empty database receives the demo data (unless switched off).
 *
 * <p>If the database cannot be reached yet, start-up is retried every few seconds instead of failing the
 * deployment; {@code /health/ready} reports DOWN until it has succeeded. A migration that fails, or a schema
 * that does not match the code, is not retried: it stops the application with the reason in the log.
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
    Instance<StartupData> startupData;

    @Inject
    SchemaState schemaState;

    @Inject
    PasswordHasher passwordHasher;

    private ScheduledFuture<?> retry;

    @PostConstruct
    void start() {
        passwordHasher.checkConfiguration();
        if (!tryToPrepareDatabase()) {
            retry = scheduler.scheduleWithFixedDelay(this::retryPreparingDatabase, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void retryPreparingDatabase() {
        try {
            if (tryToPrepareDatabase()) {
                retry.cancel(false);
            }
        } catch (RuntimeException fatal) {
            LOG.log(Level.SEVERE, "Tadreeb cannot start: " + fatal.getMessage(), fatal);
            retry.cancel(false);
        }
    }

    /** A connection that could not be made (SQL state class 08, or a socket error), as opposed to a bad migration. */
    static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException
                    || cause instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
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
        } catch (FlywayException failure) {
            if (!isUnreachable(failure)) {
                throw failure;
            }
            LOG.log(Level.SEVERE, "The database cannot be reached yet; retrying in " + RETRY_SECONDS + " s: "
                    + failure.getMessage());
            return false;
        }
        List<String> mismatches = schemaCheck.mismatches();
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException("The entity mappings do not match the database schema: " + mismatches);
        }
        try {
            startupData.forEach(StartupData::loadIfWanted);
        } catch (RuntimeException concurrentOrFailed) {
            // Another instance starting at the same moment may have loaded it first; demo data is never vital.
            LOG.log(Level.WARNING, "Demo data not loaded: " + concurrentOrFailed.getMessage());
        }
        schemaState.markReady();
        LOG.info("Tadreeb is ready");
        return true;
    }
}
