package org.tadreeb.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The second server kept for a test pass, for the tests that take a part away from the application or add one,
 * and so cannot share the {@link SharedDeployment}'s: a fresh database (demo data loaded at boot, nothing else in
 * it but what these tests make) that the application reaches through a relay a test can cut and restore
 * ({@link RelayedDatabase}) and that a second instance can reach too ({@link SecondInstance}); a mail server of its
 * own that a test can stop ({@link TestSmtpServer}), with retries timed for such a test; the certificate look-up
 * throttle at its production allowance. Classes join it as they join the shared one:
 * {@code @Deployment static WebArchive deployment() { return OutageDeployment.archive(); }}. A test that takes a
 * part away puts it back before it ends (in a {@code finally}): the classes after it use the same server.
 */
public final class OutageDeployment {

    public static final String NAME = "shared-outage-drills.war";
    /** Far longer than a poll, so that a test can tell a retry made now from the automatic one. */
    public static final int FIRST_RETRY_SECONDS = 20;
    public static final String MAIL_FROM = "Tadreeb Test <no-reply@tadreeb.test>";

    private static RelayedDatabase database;
    private static TestSmtpServer mailServer;

    private OutageDeployment() {
    }

    public static synchronized WebArchive archive() {
        if (SharedDeployment.isRunning(NAME)) {
            return ShrinkWrap.create(WebArchive.class, NAME);
        }
        Map<String, String> settings = new LinkedHashMap<>(mailSettings());
        settings.put("tadreeb.smtp.from", MAIL_FROM);
        settings.put("tadreeb.smtp.timeout-seconds", "5");
        settings.put("tadreeb.mail.retry.first-seconds", String.valueOf(FIRST_RETRY_SECONDS));
        settings.put("tadreeb.mail.retry.max-seconds", "60");
        settings.put("tadreeb.demo-data.enabled", "true");
        settings.put("tadreeb.certificates.reminders.enabled", "false");
        return SharedDeployment.kept(NAME, relayedDatabase().database(), settings);
    }

    /**
     * Its mail server, started with the archive and kept until the test JVM ends. Typed loosely: test classes are
     * also loaded inside the server, where GreenMail is absent; cast it to {@link TestSmtpServer} outside.
     */
    public static synchronized AutoCloseable mailServer() {
        if (mailServer == null) {
            mailServer = TestSmtpServer.onFreePort().start();
            Runtime.getRuntime().addShutdownHook(new Thread(mailServer::stop, "outage-mail-server-stop"));
        }
        return mailServer;
    }

    /** Where the application sends mail, and how often it looks: for the archive and for a second instance. */
    public static Map<String, String> mailSettings() {
        TestSmtpServer server = (TestSmtpServer) mailServer();
        return Map.of("tadreeb.smtp.host", server.host(), "tadreeb.smtp.port", String.valueOf(server.port()),
                "tadreeb.mail.poll-seconds", "1");
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
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "outage-database-close"));
        }
        return database;
    }
}
