package org.tadreeb.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.Browser;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Eventually;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.OutageDeployment;
import org.tadreeb.testing.Prerequisites.NeedsBrowser;
import org.tadreeb.testing.TestOutbox;
import org.tadreeb.testing.TestSmtpServer;
import org.tadreeb.testing.WebClient;

/**
 * The mail outbox in a running Payara Micro, delivering to a GreenMail SMTP server that the test can stop and
 * start: what arrives, what never does, what an outage does, and what administrators see and do.
 * Messages are queued through the real {@code Outbox} by a test servlet, in transactions that commit or not.
 */
@IntegrationTest
@RunAsClient
class OutboxIT {

    /** Far longer than a poll, so that a test can tell a retry made now from the automatic one. */
    private static final int FIRST_RETRY_SECONDS = OutageDeployment.FIRST_RETRY_SECONDS;
    private static final Map<String, String> ARABIC_VALUES = Map.of(
            "name", "سلمى الحداد", "username", "salma", "link", "https://tadreeb.example/invitation?token=t1&lang=ar", "validHours", "48");
    private static final Map<String, String> ENGLISH_VALUES = Map.of(
            "name", "Omar <Haddad>", "username", "omar", "link", "https://tadreeb.example/reset?token=t2", "validHours", "2");

    /** The outage server: its own mail server, which these tests stop and start. */
    @Deployment
    static WebArchive deployment() {
        return OutageDeployment.archive();
    }

    private static final TestSmtpServer SMTP = (TestSmtpServer) OutageDeployment.mailServer();

    @ArquillianResource
    URL deploymentUrl;

    @RegisterExtension
    final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure();

    private TestOutbox outbox() {
        return new TestOutbox(deploymentUrl);
    }

    @Test
    void aCommittedMessageArrivesInTheRecipientsLanguageWithATextAndAnHtmlPart() throws Exception {
        long arabicId = outbox().queue("salma@example.org", Language.ARABIC, MailKind.INVITATION, ARABIC_VALUES);
        long englishId = outbox().queue("omar@example.org", Language.ENGLISH, MailKind.PASSWORD_RESET, ENGLISH_VALUES);

        MimeMessage arabic = SMTP.awaitMessageFor("salma@example.org", Duration.ofSeconds(30));
        MailTemplates.Rendered expected = MailTemplates.render(MailKind.INVITATION, Language.ARABIC, ARABIC_VALUES);
        assertEquals(expected.subject(), arabic.getSubject());
        assertEquals("<outbox-" + arabicId + "@tadreeb.test>", arabic.getMessageID());
        assertEquals(OutageDeployment.MAIL_FROM, arabic.getFrom()[0].toString());
        assertEquals("ar", arabic.getHeader("Content-Language", null));
        assertTrue(arabic.isMimeType("multipart/alternative"), arabic.getContentType());
        MimeMultipart arabicParts = (MimeMultipart) arabic.getContent();
        assertEquals(2, arabicParts.getCount());
        assertPart(arabicParts.getBodyPart(0), "text/plain", expected.text());
        assertPart(arabicParts.getBodyPart(1), "text/html", expected.html());
        String arabicHtml = (String) arabicParts.getBodyPart(1).getContent();
        assertTrue(arabicHtml.contains("<html lang=\"ar\" dir=\"rtl\">") && arabicHtml.contains("مرحبًا سلمى الحداد،"), arabicHtml);

        MimeMessage english = SMTP.awaitMessageFor("omar@example.org", Duration.ofSeconds(30));
        assertEquals(Messages.text(Language.ENGLISH, MailKind.PASSWORD_RESET.subjectKey()), english.getSubject());
        assertEquals("<outbox-" + englishId + "@tadreeb.test>", english.getMessageID());
        MimeMultipart englishParts = (MimeMultipart) english.getContent();
        assertTrue(((String) englishParts.getBodyPart(0).getContent()).contains("Dear Omar <Haddad>,"));
        assertTrue(((String) englishParts.getBodyPart(1).getContent()).contains("Dear Omar &lt;Haddad&gt;,"));

        JsonObject sent = outbox().await(arabicId, e -> e.getString("status").equals("SENT"), Duration.ofSeconds(10));
        assertEquals(1, sent.getInt("attempts"));
    }

    @Test
    void aMessageQueuedInATransactionThatRollsBackIsNeverSent() {
        HttpResponse<String> rolledBack = outbox().queue("rolled-back@example.org", Language.ARABIC,
                MailKind.INVITATION, ARABIC_VALUES, "rollback");
        assertEquals(200, rolledBack.statusCode(), rolledBack.body());
        outbox().queue("after-rollback@example.org", Language.ARABIC, MailKind.INVITATION, ARABIC_VALUES);

        SMTP.awaitMessageFor("after-rollback@example.org", Duration.ofSeconds(30));
        assertEquals(0, SMTP.messagesFor("rolled-back@example.org").size());
        assertEquals(404, outbox().entryResponse(Long.parseLong(rolledBack.body().strip())).statusCode());
    }

    @Test
    void queueingNeedsTheCallersTransactionAndAValidAddress() {
        HttpResponse<String> outsideATransaction = outbox().queue("nobody@example.org", Language.ARABIC,
                MailKind.INVITATION, ARABIC_VALUES, "none");
        assertEquals(500, outsideATransaction.statusCode());
        assertEquals("jakarta.transaction.TransactionalException", outsideATransaction.body());

        HttpResponse<String> badAddress = outbox().queue("Salma <salma@example.org>", Language.ARABIC,
                MailKind.INVITATION, ARABIC_VALUES, "commit");
        assertEquals(422, badAddress.statusCode());
        assertEquals("mail.error.invalidAddress", badAddress.body());
    }

    @Test
    void whileTheMailServerIsDownAMessageWaitsWithItsErrorAndThenArrivesExactlyOnce() {
        String recipient = "outage@example.org";
        long id;
        JsonObject failing;
        SMTP.stop();
        try {
            id = outbox().queue(recipient, Language.ENGLISH, MailKind.PASSWORD_RESET, ENGLISH_VALUES);
            failing = outbox().await(id, e -> e.getInt("attempts") >= 1, Duration.ofSeconds(30));
        } finally {
            SMTP.start();
        }
        assertEquals("FAILING", failing.getString("status"));
        assertTrue(failing.getString("lastError").contains("Connection refused"), failing.getString("lastError"));
        Duration wait = Duration.between(Instant.now(), Instant.parse(failing.getString("nextAttemptAt")));
        assertTrue(wait.toSeconds() > FIRST_RETRY_SECONDS / 2, "the next attempt waits: " + wait);

        SMTP.awaitMessageFor(recipient, Duration.ofSeconds(FIRST_RETRY_SECONDS + 30));
        JsonObject sent = outbox().await(id, e -> e.getString("status").equals("SENT"), Duration.ofSeconds(10));
        assertEquals(2, sent.getInt("attempts"));
        Eventually.pause(Duration.ofSeconds(3));
        assertEquals(1, SMTP.messagesFor(recipient).size(), "exactly one copy, also after some more polls");
    }

    @Test
    @NeedsBrowser
    void anAdministratorSeesAFailingMessageWithItsErrorAndRetriesItAtOnce() {
        Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), "ar"));
        browser.open("login.xhtml?lang=ar");
        browser.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        String recipient = "retry-me@example.org";
        long id;
        JsonObject failing;
        SMTP.stop();
        try {
            id = outbox().queue(recipient, Language.ENGLISH, MailKind.INVITATION, ENGLISH_VALUES);
            failing = outbox().await(id, e -> e.getInt("attempts") >= 1, Duration.ofSeconds(30));
        } finally {
            SMTP.start();
        }
        Instant automaticRetry = Instant.parse(failing.getString("nextAttemptAt"));

        browser.open("admin/outbox.xhtml?status=FAILING");
        WebElement row = browser.find(By.xpath("//tr[.//bdi[normalize-space()='" + recipient + "']]"));
        assertTrue(row.getText().contains(failing.getString("lastError")), row.getText());
        assertTrue(row.getText().contains(Messages.text(Language.ARABIC, "mail.status.FAILING")), row.getText());
        browser.assertAccessible();
        browser.screenshotForDocs("admin-outbox-ar");

        row.findElement(By.cssSelector("button[id$=':retry']")).click();
        assertEquals(Messages.text(Language.ARABIC, "mail.outbox.retried"),
                browser.find(By.cssSelector("#outbox\\:feedback .info")).getText());
        browser.assertAccessible();

        SMTP.awaitMessageFor(recipient, Duration.ofSeconds(FIRST_RETRY_SECONDS));
        JsonObject sent = outbox().await(id, e -> e.getString("status").equals("SENT"), Duration.ofSeconds(10));
        assertTrue(Instant.parse(sent.getString("sentAt")).isBefore(automaticRetry),
                "sent at " + sent.getString("sentAt") + ", before the automatic retry at " + automaticRetry);

        browser.open("admin/outbox.xhtml?lang=en");
        assertEquals(Messages.text(Language.ENGLISH, "mail.outbox.title"), browser.heading());
        browser.assertAccessible();
        browser.screenshotForDocs("admin-outbox-en");
        browser.open("admin/outbox.xhtml?status=PENDING");
        assertEquals(Messages.text(Language.ENGLISH, "mail.outbox.empty"),
                browser.find(By.cssSelector("#outbox\\:entries .ui-datatable-empty-message")).getText());
        browser.assertAccessible();
    }

    @Test
    void theOutboxPageIsForAdministratorsOnly() {
        HttpResponse<String> anonymous = new WebClient(deploymentUrl).get("admin/outbox.xhtml");
        assertEquals(302, anonymous.statusCode());
        assertEquals("/login.xhtml", WebClient.redirectPath(anonymous));
        for (DemoAccounts someone : new DemoAccounts[] {DemoAccounts.TRAINEE, DemoAccounts.INSTRUCTOR}) {
            WebClient browser = new WebClient(deploymentUrl);
            browser.signIn(someone.username, someone.password);
            assertEquals(403, browser.get("admin/outbox.xhtml").statusCode(), someone.username);
        }
        WebClient admin = new WebClient(deploymentUrl);
        admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        HttpResponse<String> page = admin.get("admin/outbox.xhtml?lang=ar");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(Messages.text(Language.ARABIC, "mail.outbox.title")));
        assertFalse(page.body().contains(".java:"));
    }

    private static void assertPart(BodyPart part, String type, String expected) throws Exception {
        assertTrue(part.isMimeType(type), part.getContentType());
        assertTrue(part.getContentType().toLowerCase(java.util.Locale.ROOT).contains("charset=utf-8"), part.getContentType());
        assertEquals(expected.replace("\r\n", "\n"), ((String) part.getContent()).replace("\r\n", "\n"));
    }
}
