package org.tadreeb.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.Eventually;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.PayaraProcess;
import org.tadreeb.testing.TestDatabase;
import org.tadreeb.testing.TestOutbox;
import org.tadreeb.testing.TestSmtpServer;

/**
 * A restart loses no mail: a message queued while the mail server is down is still there after the application
 * stops and starts again (a new Payara Micro process on the same database), and is delivered then, once.
 */
@IntegrationTest
@RunAsClient
class OutboxRestartIT {

    private static final String TADREEB = "tadreeb";
    private static final TestSmtpServer SMTP = TestSmtpServer.onFreePort();

    @Deployment(name = TADREEB, managed = false, testable = false)
    static WebArchive deployment() {
        return TestOutbox.deployable(Deployments.tadreeb(TestDatabase.fresh(), Map.of(
                "tadreeb.smtp.host", SMTP.host(),
                "tadreeb.smtp.port", String.valueOf(SMTP.port()),
                "tadreeb.smtp.timeout-seconds", "5",
                "tadreeb.mail.poll-seconds", "1",
                "tadreeb.mail.retry.first-seconds", "1",
                "tadreeb.mail.retry.max-seconds", "2")));
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void aMessageQueuedBeforeARestartIsDeliveredAfterItExactlyOnce() {
        String recipient = "restart@example.org";
        deployer.deploy(TADREEB);
        PayaraProcess first = PayaraProcess.running();
        long id = new TestOutbox(first.url()).queue(recipient, Language.ARABIC, MailKind.INVITATION,
                Map.of("name", "نور", "username", "nour", "link", "https://tadreeb.example/i?t=1", "validHours", "24"));
        JsonObject failing = new TestOutbox(first.url()).await(id, e -> e.getInt("attempts") >= 2, Duration.ofSeconds(30));
        assertEquals("FAILING", failing.getString("status"), "retried while the mail server is down");

        deployer.undeploy(TADREEB);
        first.awaitExit(Duration.ofSeconds(90));
        SMTP.start();
        deployer.deploy(TADREEB);
        try {
            PayaraProcess second = PayaraProcess.running();
            SMTP.awaitMessageFor(recipient, Duration.ofSeconds(60));
            JsonObject sent = new TestOutbox(second.url()).await(id, e -> e.getString("status").equals("SENT"),
                    Duration.ofSeconds(10));
            assertTrue(sent.getInt("attempts") > failing.getInt("attempts"), sent.toString());
            Eventually.pause(Duration.ofSeconds(3));
            assertEquals(1, SMTP.messagesFor(recipient).size(), "exactly one copy, also after some more polls");
        } finally {
            deployer.undeploy(TADREEB);
        }
    }
}
