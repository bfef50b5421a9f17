package org.tadreeb.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.TestDatabase;
import org.tadreeb.testing.TestMailbox;
import org.tadreeb.testing.WebClient;

/**
 * Accounts end to end with real mail: an invitation that arrives through SMTP and lets the person choose a
 * password once, the password rules, forgotten passwords that never reveal whether an address is known,
 * expired links, and deactivation. Reset links here expire at once (reset-hours 0) to test expiry.
 */
@IntegrationTest
@RunAsClient
class AccountsIT {

    private static TestMailbox mailbox;

    @Deployment(testable = false)
    static WebArchive deployment() {
        mailbox = new TestMailbox();
        Map<String, String> settings = new HashMap<>(mailbox.settings());
        settings.put("tadreeb.accounts.reset-hours", "0");
        return Deployments.tadreeb(TestDatabase.fresh(), settings);
    }

    @AfterAll
    static void stopMailbox() {
        if (mailbox != null) {
            mailbox.close();
        }
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void anInvitationLetsThePersonChooseAPasswordOnceAndSignIn() {
        WebClient admin = new WebClient(deploymentUrl);
        String token = admin.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        register(admin, token, "INV-1", "invited.person@example.org", "ar");
        HttpResponse<String> opened = post(admin, "api/v1/trainees/INV-1/account",
                "{\"username\":\"invited.person\",\"roles\":[\"TRAINEE\"]}", token);
        assertEquals(201, opened.statusCode(), opened.body());

        MimeMessage invitation = awaitMailTo("invited.person@example.org");
        String text = TestMailbox.text(invitation);
        assertTrue(text.contains("ريم"), "the invitation is in the person's language (Arabic), names intact: " + text);
        String link = TestMailbox.link(invitation);
        String path = URI.create(link).getRawPath().substring(1) + "?" + URI.create(link).getRawQuery();

        WebClient person = new WebClient(deploymentUrl).acceptLanguage("en");
        HttpResponse<String> weak = choose(person, path, "invited.person.2026", "invited.person.2026");
        assertTrue(weak.body().contains(Messages.text(Language.ENGLISH, "password.error.containsUsername")), "the user name is refused");
        HttpResponse<String> common = choose(person, path, "password2026", "password2026");
        assertTrue(common.body().contains(Messages.text(Language.ENGLISH, "password.error.common")));
        HttpResponse<String> mismatch = choose(person, path, "olive trees by the river", "olive trees by the sea");
        assertTrue(mismatch.body().contains(Messages.text(Language.ENGLISH, "password.error.mismatch")));

        HttpResponse<String> chosen = choose(person, path, "olive trees by the river", "olive trees by the river");
        assertEquals(302, chosen.statusCode(), chosen.body());
        assertEquals("/login.xhtml", WebClient.redirectPath(chosen));
        assertEquals(201, person.postJson("api/v1/tokens",
                "{\"username\":\"invited.person\",\"password\":\"olive trees by the river\"}").statusCode());

        String reused = new WebClient(deploymentUrl).acceptLanguage("en").get(path).body();
        assertTrue(reused.contains("id=\"linkInvalid\""), "a link works once");
    }

    @Test
    void aForgottenPasswordNeverRevealsWhetherTheAddressIsKnownAndExpiredLinksAreRefused() {
        WebClient client = new WebClient(deploymentUrl);
        int before = mailbox.received().size();
        assertEquals(202, client.postJson("api/v1/password-resets", "{\"email\":\"nobody@nowhere.example\"}").statusCode());
        assertEquals(202, client.postJson("api/v1/password-resets", "{\"email\":\"TRAINEE@demo.tadreeb.local\"}").statusCode());
        MimeMessage reset = awaitMailTo("trainee@demo.tadreeb.local");
        assertEquals(before + 1, mailbox.received().size(), "no mail for an unknown address");
        String link = TestMailbox.link(reset);
        String page = new WebClient(deploymentUrl).get(URI.create(link).getRawPath().substring(1) + "?"
                + URI.create(link).getRawQuery()).body();
        assertTrue(page.contains("id=\"linkInvalid\""), "an expired link is refused (reset links last 0 hours here)");
        assertEquals(201, client.postJson("api/v1/tokens", "{\"username\":\"trainee\",\"password\":\"trainee-demo-2026\"}")
                .statusCode(), "an unused reset link changes nothing");

        String known = forgotPage("trainee@demo.tadreeb.local");
        String unknown = forgotPage("nobody@nowhere.example");
        assertTrue(known.contains(Messages.text(Language.ARABIC, "forgot.sent")));
        assertEquals(strip(known), strip(unknown), "the page answers the same for known and unknown addresses");
    }

    @Test
    void aDeactivatedPersonCanNeitherSignInNorUseTheirTokens() {
        WebClient admin = new WebClient(deploymentUrl);
        String adminToken = admin.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        String traineeToken = admin.issueToken(DemoAccounts.TRAINEE_2.username, DemoAccounts.TRAINEE_2.password);
        WebClient traineeBrowser = new WebClient(deploymentUrl);
        traineeBrowser.signIn(DemoAccounts.TRAINEE_2.username, DemoAccounts.TRAINEE_2.password);

        assertEquals(200, admin.get("api/v1/trainees/PS-104871", adminToken).statusCode());
        assertEquals(200, admin.get("api/v1/me", traineeToken).statusCode(), "the token works, and is remembered as checked");
        deactivate("PS-104871");

        assertEquals(401, admin.get("api/v1/me", traineeToken).statusCode(), "tokens stop working at once");
        assertEquals(401, admin.postJson("api/v1/tokens",
                "{\"username\":\"trainee2\",\"password\":\"trainee-demo-2026\"}").statusCode(), "no new sign-in");
        assertEquals("/login.xhtml", WebClient.redirectPath(traineeBrowser.get("trainee/")), "the open session ends at once too");
    }

    @Test
    void anImportCanOpenAccountsForNewPeopleAndInviteThem() {
        WebClient admin = new WebClient(deploymentUrl);
        String token = admin.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        String csv = "service_number,name_ar,name_en,email\n"
                + "IMP-501,سلمى داود,Salma Dawood,salma.dawood@example.org\n"
                + "IMP-502,باسل عمر,Basel Omar,\n";
        HttpResponse<String> imported = admin.post("api/v1/imports/trainees?invite=true", token, "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(1, WebClient.json(imported).asJsonObject().getInt("invited"), "only the person with an e-mail");
        MimeMessage invitation = awaitMailTo("salma.dawood@example.org");
        assertTrue(TestMailbox.text(invitation).contains("imp-501"), "the user name is the number in lower case");
        assertEquals(403, post(new WebClient(deploymentUrl), "api/v1/trainees/IMP-502/account",
                "{\"username\":\"basel\",\"roles\":[\"TRAINEE\"]}",
                admin.issueToken(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password)).statusCode(),
                "only administrators open accounts");
    }

    private void deactivate(String number) {
        WebClient browser = new WebClient(deploymentUrl);
        browser.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        HttpResponse<String> page = browser.get("admin/people/person.xhtml?number=" + number);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("status", "status");
        form.put("status:deactivate", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
        HttpResponse<String> done = browser.postForm("admin/people/person.xhtml?number=" + number, form);
        assertEquals(302, done.statusCode(), done.body());
        assertTrue(browser.get("admin/people/person.xhtml?number=" + number).body()
                .contains(Messages.text(Language.ARABIC, "person.inactiveNotice")));
    }

    private String forgotPage(String email) {
        WebClient browser = new WebClient(deploymentUrl);
        HttpResponse<String> page = browser.get("forgot-password.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("forgot", "forgot");
        form.put("forgot:email", email);
        form.put("forgot:send", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
        HttpResponse<String> sent = browser.postForm("forgot-password.xhtml", form);
        assertEquals(302, sent.statusCode());
        return browser.get("forgot-password.xhtml").body();
    }

    private static String strip(String page) {
        return page.replaceAll("name=\"jakarta.faces.ViewState\"[^>]*", "").replaceAll("JSESSIONID=[^;\"]*", "");
    }

    private static HttpResponse<String> choose(WebClient person, String path, String password, String confirmation) {
        HttpResponse<String> page = person.get(path);
        assertTrue(page.body().contains("choose:password"), "the link opens the password form: " + page.body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("choose", "choose");
        form.put("choose:password", password);
        form.put("choose:confirmation", confirmation);
        form.put("choose:save", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
        return person.postForm(path, form);
    }

    private MimeMessage awaitMailTo(String address) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> messages = mailbox.receivedBy(address);
            if (!messages.isEmpty()) {
                return messages.get(messages.size() - 1);
            }
            sleep(250);
        }
        throw new AssertionError("No mail for " + address);
    }

    private static void register(WebClient client, String token, String number, String email, String language) {
        HttpResponse<String> created = post(client, "api/v1/trainees", "{\"serviceNumber\":\"" + number
                + "\",\"nameArabic\":\"ريم الأحمد\",\"nameLatin\":\"Reem Al-Ahmad\",\"email\":\"" + email
                + "\",\"preferredLanguage\":\"" + language + "\"}", token);
        assertEquals(201, created.statusCode(), created.body());
        assertFalse(created.body().isEmpty());
    }

    private static HttpResponse<String> post(WebClient client, String path, String json, String token) {
        return client.send(client.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }
}
