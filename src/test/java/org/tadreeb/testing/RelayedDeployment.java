package org.tadreeb.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The second server kept for a test pass, for the tests whose subject is the database under the application: a
 * fresh database (demo data loaded at boot, nothing else in it but what these tests make) that the application
 * reaches through a relay a test can cut and restore ({@link RelayedDatabase}), and that a second instance can
 * reach too ({@link SecondInstance}). Mail goes nowhere (no SMTP server is configured); the certificate look-up
 * throttle has its production allowance. Classes join it as they join {@link SharedDeployment}:
 * {@code @Deployment static WebArchive deployment() { return RelayedDeployment.archive(); }}.
 * A test that cuts the database restores it before it ends: the classes after it use the same server.
 */
public final class RelayedDeployment {

    public static final String NAME = "shared-relayed-database.war";

    private static RelayedDatabase database;

    private RelayedDeployment() {
    }

    public static synchronized WebArchive archive() {
        if (SharedDeployment.isRunning(NAME)) {
            return ShrinkWrap.create(WebArchive.class, NAME);
        }
        return SharedDeployment.kept(NAME, relayedDatabase().database(), Map.of("tadreeb.demo-data.enabled", "true",
                "tadreeb.certificates.reminders.enabled", "false"));
    }

    /**
     * The relay and its database, made with the archive and kept until the test JVM ends. Typed loosely, as the
     * mailbox is: test classes are also loaded inside the server, where the relay's H2 server classes are absent.
     */
    public static synchronized AutoCloseable database() {
        return relayedDatabase();
    }

    /** What a second instance is given to reach the same database (through the relay, as the first does). */
    public static synchronized TestDatabase connection() {
        return relayedDatabase().database();
    }

    private static RelayedDatabase relayedDatabase() {
        if (database == null) {
            try {
                database = RelayedDatabase.fresh();
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            } catch (SQLException failed) {
                throw new IllegalStateException(failed);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "relayed-database-close"));
        }
        return database;
    }
}
