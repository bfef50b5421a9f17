package org.tadreeb.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.MessageKey;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.Browser;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.Prerequisites.NeedsBrowser;
import org.tadreeb.testing.SharedDeployment;
import org.tadreeb.testing.TestAccounts;
import org.tadreeb.testing.WebClient;

/**
 * Certificates in headless Chromium, in both languages, each state checked with axe-core: an administrator issues
 * the missing certificates of a completed cohort of CP101 of this class's own, CBR-0, with "Issue all" (its progress
 * bar started, then the summary) — a trainee who passed since is issued in the second language's pass, where one
 * certificate is also revoked with a reason through the dialog; anyone checks a certificate on {@code /verify}
 * (valid with holder, course and dates; a wrong code; the QR address of the revoked one with its date); the holder
 * finds theirs under "My certificates" and downloads the PDF with their session; anyone pastes a credential on
 * {@code /verify} (genuine and valid, genuine but revoked since, tampered with). Those four run in order, on CBR-0.
 * <p>
 * Then the compliance page, on holders of a cohort of their own (CBR1-CMP, of a course of their own, CBR1, a copy of
 * CP101): an administrator reaches it from the navigation, chooses the course, sees the holders whose certificates
 * have expired or expire within 60 days, widens the days, filters by organisation, meets the empty state and a
 * number out of range, downloads the CSV of what the page shows, and nominates a holder into the course's next
 * cohort (enrolled in the first language's pass; waitlisted in the second, the cohort having one seat); it does not
 * depend on the four above, nor they on it. The expiry round's timer is off (it would remind these holders); no test
 * here needs it.
 * <p>
 * On the shared deployment every person, account and cohort here is this class's own (service numbers CBR-...,
 * accounts cbr-...): the pages are opened by an administrator of its own, so the demo administrator's language is
 * never changed, and the compliance page, which lists every certificate in the database, is read for CBR1 only.
 */
@IntegrationTest
@NeedsBrowser
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateBrowserIT {

    /** This class's completed cohort of CP101 (in place of the demo's CP101-0), with its classmates. */
    private static final String COHORT = "CBR-0";
    /** Like the demo's CP101-0: three passed classmates and one who failed. */
    private static final int CLASSMATES_PASSED = 3;
    /** The holder, with an account of their own, placed in the completed cohort as passed. */
    private static final String TRAINEE = "CBR-H1";
    private static final String TRAINEE_USER = "cbr-holder";
    /** A second trainee, who passes it too before the second language's pass. */
    private static final String TRAINEE_2 = "CBR-H2";
    /** The administrator of this class's own who opens the pages. */
    private static final String ADMIN_USER = "cbr-admin";

    /** The certificate revoked on the administrator's page, read by the verification test. */
    private static String revoked;

    /** The compliance test's course, its completed cohort, which ended 101 days ago, and its next one. */
    private static final String COURSE = "CBR1";
    private static final String HOLDERS_COHORT = "CBR1-CMP";
    private static final String NEXT = "CBR1-R";
    /** Holder, name (the last one shaped like a spreadsheet formula), organisation, days from today to the expiry. */
    private static final List<String[]> HOLDERS = List.of(
            new String[] {"CBR-C1", "Salim Soon", "CPD-NOR", "10"},
            new String[] {"CBR-C2", "Rania Lapsed", "GOV-EDU", "-3"},
            new String[] {"CBR-C3", "=Hadi Later", "CSO-YOUTH", "90"});

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.archive();
    }

    @ArquillianResource
    URL deploymentUrl;

    @RegisterExtension
    final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure();

    private Browser browser(Language language) {
        return screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
    }

    private Browser signedIn(String username, Language language) {
        Browser browser = browser(language);
        browser.open("login.xhtml?lang=" + language.code());
        browser.signIn(username, TestAccounts.PASSWORD);
        return browser;
    }

    private static boolean accountsOpened;

    /** This class's administrator (both parts sign in as them). */
    private void openAccounts() {
        if (accountsOpened) {
            return;
        }
        post(new WebClient(deploymentUrl), "testing/accounts", Map.of("number", "CBR-ADM", "username", ADMIN_USER,
                "name", "Cbr Admin", "lang", "en", "roles", "ADMINISTRATOR"));
        accountsOpened = true;
    }

    /** CBR-0, ended 19 days ago: three passed classmates, one who failed, the holder (with an account) and the second trainee. */
    private void prepareCohort() {
        openAccounts();
        WebClient client = new WebClient(deploymentUrl);
        post(client, "testing/expiry", Map.of("do", "cohort", "code", COHORT, "days", "19"));
        post(client, "testing/accounts", Map.of("number", TRAINEE, "username", TRAINEE_USER, "name", "Hisham Holder",
                "lang", "en", "organisation", "CPD-CAP"));
        post(client, "testing/cohorts", Map.of("do", "trainee", "number", TRAINEE_2, "name", "Widad Second"));
        for (int i = 1; i <= CLASSMATES_PASSED + 1; i++) {
            post(client, "testing/cohorts", Map.of("do", "trainee", "number", "CBR-P" + i, "name", "Classmate " + i));
            post(client, "testing/cohorts", Map.of("do", "place", "code", COHORT, "number", "CBR-P" + i,
                    "status", i <= CLASSMATES_PASSED ? "COMPLETED" : "FAILED"));
        }
    }

    private void passCohort(String serviceNumber) {
        HttpResponse<String> placed = new WebClient(deploymentUrl).postForm("testing/cohorts",
                Map.of("do", "place", "code", COHORT, "number", serviceNumber, "status", "COMPLETED"));
        assertEquals(204, placed.statusCode(), placed.body());
    }

    @Test
    @Order(1)
    void anAdministratorIssuesAllMissingCertificatesAndRevokesOneWithAReason() {
        prepareCohort();
        passCohort(TRAINEE);
        Browser admin = signedIn(ADMIN_USER, Language.ENGLISH);
        Language[] languages = Language.values();
        for (int pass = 0; pass < languages.length; pass++) {
            Language language = languages[pass];
            boolean first = pass == 0;
            if (!first) {
                passCohort(TRAINEE_2);
            }
            admin.open("admin/cohorts/certificates.xhtml?code=" + COHORT + "&lang=" + language.code());
            assertEquals(language.direction(), admin.htmlAttribute("dir"));
            assertEquals(Messages.text(language, "certificates.titleOf", COHORT), admin.heading());
            // The three passed classmates and the holder first; the second trainee, who passed since, in the second pass.
            int missing = first ? CLASSMATES_PASSED + 1 : 1;
            int already = first ? 0 : CLASSMATES_PASSED + 1;
            assertEquals(Messages.text(language, "certificates.eligibleWithout", missing), admin.find(By.id("eligibleWithout")).getText());
            assertEquals(missing, notIssued(admin, language).size());
            admin.assertAccessible();

            watchProgress(admin);
            admin.find(By.id("certificates:issueAll")).click();
            String summary = Messages.text(language, "certificates.summary", missing, already, 0);
            assertEquals(summary, admin.awaitText(By.cssSelector(".form-notices li"), summary));
            List<Object> seen = progressSeen(admin);
            assertTrue(!seen.isEmpty() && "start".equals(seen.get(0)), "the progress bar started polling: " + seen);
            assertTrue(seen.stream().skip(1).allMatch(v -> v instanceof Number n && n.intValue() >= 0 && n.intValue() <= 100),
                    "the bar shows percentages: " + seen);
            assertEquals(Messages.text(language, "certificates.eligibleWithout", 0), admin.find(By.id("eligibleWithout")).getText());
            assertFalse(admin.find(By.id("certificates:issueAll")).isEnabled(), "nothing left to issue");
            List<WebElement> rows = admin.driver().findElements(By.cssSelector("#certificates\\:rows tbody tr"));
            assertEquals(missing + already, rows.size());
            for (WebElement row : rows) {
                String number = row.findElement(By.cssSelector("a.certificate-number")).getText();
                assertTrue(number.matches("TST-\\d{4}-\\d{6}"), number);
                assertEquals(Messages.text(language, "certificate.status.VALID"), row.findElement(By.cssSelector(".certificate-status")).getText());
            }
            admin.assertAccessible();

            if (!first) {
                WebElement row = admin.find(By.cssSelector("#certificates\\:rows tbody tr:not(.trainee-" + TRAINEE
                        + "):not(.trainee-" + TRAINEE_2 + ")"));
                String serviceNumber = row.getAttribute("class").replaceAll(".*\\btrainee-(\\S+).*", "$1");
                revoked = row.findElement(By.cssSelector("a.certificate-number")).getText();
                row.findElement(By.cssSelector("button[id$=':revoke']")).click();
                WebElement reason = admin.find(By.id("certificateAction:reason"));
                assertEquals(Messages.text(language, "certificates.revokeTitle"),
                        admin.find(By.cssSelector("#revokeDialog .ui-dialog-title")).getText());
                admin.assertAccessible();
                reason.sendKeys(language == Language.ARABIC ? "صدرت باسم خاطئ" : "Issued against the wrong name");
                admin.find(By.id("certificateAction:confirmRevoke")).click();
                String done = Messages.text(language, "certificates.revoked", revoked);
                assertEquals(done, admin.awaitText(By.cssSelector(".form-notices li"), done));
                WebElement after = admin.find(By.cssSelector("tr.trainee-" + serviceNumber));
                assertEquals(Messages.text(language, "certificate.status.REVOKED"), after.findElement(By.cssSelector(".certificate-status")).getText());
                assertTrue(after.findElements(By.cssSelector("button[id$=':revoke']")).isEmpty(), "revoked once");
                admin.assertAccessible();
            }
            admin.screenshotForDocs("certificates-admin-" + language.code());
        }
    }

    private static List<WebElement> notIssued(Browser admin, Language language) {
        String text = Messages.text(language, "certificates.notIssued");
        return admin.driver().findElements(By.cssSelector("#certificates\\:rows tbody td")).stream()
                .filter(cell -> cell.getText().strip().equals(text)).toList();
    }

    /**
     * Records, across the redirect that follows "Issue all", that the progress bar started and every value it
     * showed (a short run may end before its first poll, so the values themselves are not required).
     */
    private static void watchProgress(Browser admin) {
        ((JavascriptExecutor) admin.driver()).executeScript("""
                sessionStorage.setItem('progressSeen', '[]');
                const note = v => { const seen = JSON.parse(sessionStorage.getItem('progressSeen'));
                                    seen.push(v); sessionStorage.setItem('progressSeen', JSON.stringify(seen)); };
                const bar = PF('bulkProgress');
                const start = bar.start, setValue = bar.setValue;
                bar.start = function () { note('start'); return start.apply(this, arguments); };
                bar.setValue = function (value) { note(value); return setValue.apply(this, arguments); };
                """);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> progressSeen(Browser admin) {
        return (List<Object>) ((JavascriptExecutor) admin.driver())
                .executeScript("return JSON.parse(sessionStorage.getItem('progressSeen') || '[]');");
    }

    @Test
    @Order(2)
    void anyoneVerifiesAValidCertificateByItsFormAWrongCodeAndTheQrAddressOfARevokedOne() {
        assertNotNull(revoked, "the administrator's test revoked a certificate");
        WebClient api = new WebClient(deploymentUrl).acceptLanguage("en");
        String token = api.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        JsonObject valid = certificate(api, token, certificateOf(api, token, TRAINEE));
        JsonObject revokedOne = certificate(api, token, revoked);
        assertEquals("REVOKED", revokedOne.getString("status"));

        for (Language language : Language.values()) {
            Browser anyone = browser(language);
            anyone.open("?lang=" + language.code());
            anyone.open("verify");
            assertEquals(Messages.text(language, "verify.title"), anyone.heading());
            assertTrue(anyone.driver().findElements(By.id("verifyAnswer")).isEmpty(), "no answer before a question");
            anyone.assertAccessible();

            ask(anyone, valid.getString("number"), codeOf(valid));
            String outcome = Messages.text(language, "verify.outcome.VALID");
            assertEquals(outcome, anyone.awaitText(By.id("verifyOutcome"), outcome));
            assertEquals(language.direction(), anyone.htmlAttribute("dir"));
            assertEquals(valid.getString("number"), anyone.find(By.id("verifiedNumber")).getText());
            assertEquals(valid.getJsonObject("holder").getString(language.code()), anyone.find(By.id("verifiedHolder")).getText());
            assertEquals(valid.getJsonObject("courseTitle").getString(language.code()), anyone.find(By.id("verifiedCourse")).getText());
            String answer = anyone.find(By.id("verifyAnswer")).getText();
            assertTrue(answer.contains(date(language, valid.getString("issuedOn"))), answer);
            assertEquals(date(language, valid.getString("expiresOn")), anyone.find(By.id("verifiedExpiry")).getText());
            assertFalse(answer.contains(TRAINEE), "nothing personal beyond the name");
            anyone.assertAccessible();
            anyone.screenshotForDocs("verify-valid-" + language.code());

            ask(anyone, valid.getString("number"), "WRONGCODE123");
            String notFound = Messages.text(language, "verify.outcome.NOT_FOUND");
            assertEquals(notFound, anyone.awaitText(By.id("verifyOutcome"), notFound));
            assertTrue(anyone.driver().findElements(By.id("verifiedHolder")).isEmpty(), "a wrong code reveals nothing");
            assertTrue(anyone.find(By.id("verifyAnswer")).getText().contains(Messages.text(language, "verify.notFoundHelp")));
            anyone.assertAccessible();

            anyone.open("verify/" + revoked + "?code=" + codeOf(revokedOne));
            String revokedOutcome = Messages.text(language, "verify.outcome.REVOKED");
            assertEquals(revokedOutcome, anyone.awaitText(By.id("verifyOutcome"), revokedOutcome));
            assertEquals(date(language, revokedOne.getString("revokedOn")), anyone.find(By.id("verifiedRevokedOn")).getText());
            assertEquals(revokedOne.getJsonObject("holder").getString(language.code()), anyone.find(By.id("verifiedHolder")).getText());
            assertEquals(revoked, anyone.find(By.id("number")).getAttribute("value"), "the form keeps the question");
            anyone.assertAccessible();
            anyone.screenshotForDocs("verify-revoked-" + language.code());
        }
    }

    private static void ask(Browser anyone, String number, String code) {
        WebElement numberField = anyone.find(By.id("number"));
        numberField.clear();
        numberField.sendKeys(number);
        WebElement codeField = anyone.find(By.id("code"));
        codeField.clear();
        codeField.sendKeys(code);
        anyone.find(By.id("verifyButton")).click();
    }

    /** As the pages write a date (Formats.date): long style, in the language's own digits. */
    private static String date(Language language, String isoDate) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                .withDecimalStyle(DecimalStyle.of(language.locale())).format(LocalDate.parse(isoDate));
    }

    private static String certificateOf(WebClient api, String token, String serviceNumber) {
        return WebClient.json(api.get("api/v1/cohorts/" + COHORT + "/certificates", token)).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(row -> row.getString("serviceNumber").equals(serviceNumber))
                .findFirst().orElseThrow().getString("number");
    }

    private static JsonObject certificate(WebClient api, String token, String number) {
        HttpResponse<String> response = api.get("api/v1/certificates/" + number, token);
        assertEquals(200, response.statusCode(), response.body());
        return WebClient.json(response).asJsonObject();
    }

    private static String codeOf(JsonObject certificate) {
        String url = certificate.getString("verificationUrl");
        return url.substring(url.indexOf("code=") + "code=".length());
    }

    @Test
    @Order(3)
    void theTraineeFindsTheirCertificateAndDownloadsThePdf() {
        WebClient api = new WebClient(deploymentUrl).acceptLanguage("en");
        String number = certificateOf(api, api.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password), TRAINEE);
        Browser trainee = signedIn(TRAINEE_USER, Language.ENGLISH);
        for (Language language : Language.values()) {
            trainee.open("trainee/?lang=" + language.code());
            assertEquals(Messages.text(language, "myCertificates.title"), trainee.find(By.id("myCertificatesTitle")).getText());
            List<WebElement> items = trainee.driver().findElements(By.cssSelector("#myCertificates li.certificate-item"));
            assertEquals(1, items.size(), "only their own certificate");
            WebElement item = trainee.find(By.cssSelector("#myCertificates li.certificate-" + number));
            assertEquals(Messages.text(language, "certificate.status.VALID"), item.findElement(By.cssSelector(".certificate-status")).getText());
            assertEquals(language == Language.ARABIC ? "أساسيات الشرطة المجتمعية" : "Community Policing Fundamentals",
                    item.findElement(By.cssSelector(".course-title")).getText());
            WebElement pdf = item.findElement(By.cssSelector("a.certificate-pdf"));
            assertEquals(Messages.text(language, "myCertificates.downloadPdf"), pdf.getText());
            assertEquals(Messages.text(language, "myCertificates.downloadPdfOf", number), pdf.getAttribute("aria-label"));
            assertTrue(item.findElement(By.cssSelector("a.certificate-credential")).getAttribute("href")
                    .endsWith("/certificates/" + number + ".jwt"));
            trainee.assertAccessible();

            HttpResponse<byte[]> download = withSessionOf(trainee, pdf.getAttribute("href"));
            assertEquals(200, download.statusCode());
            assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
            assertEquals("%PDF", new String(download.body(), 0, 4, StandardCharsets.US_ASCII));
        }
    }

    @Test
    @Order(4)
    void anyonePastesACredentialAndSeesItsLiveStatusOrThatItIsNotGenuine() {
        assertNotNull(revoked, "the administrator's test revoked a certificate");
        WebClient api = new WebClient(deploymentUrl).acceptLanguage("en");
        String token = api.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        JsonObject valid = certificate(api, token, certificateOf(api, token, TRAINEE));
        JsonObject revokedOne = certificate(api, token, revoked);
        String validCredential = api.get("api/v1/certificates/" + valid.getString("number") + "/credential", token).body();
        String revokedCredential = api.get("api/v1/certificates/" + revoked + "/credential", token).body();
        String[] parts = validCredential.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        for (Language language : Language.values()) {
            Browser anyone = browser(language);
            anyone.open("verify?lang=" + language.code());
            assertEquals(Messages.text(language, "verify.credential.title"), anyone.find(By.id("credentialFormTitle")).getText());
            anyone.find(By.id("credentialForm:checkCredential")).click();
            String required = Messages.text(language, "verify.credential.required");
            assertEquals(required, anyone.awaitText(By.id("credentialForm:credentialMessage"), required));
            anyone.assertAccessible();

            paste(anyone, validCredential);
            String outcome = Messages.text(language, "verify.outcome.VALID");
            assertEquals(outcome, anyone.awaitText(By.id("verifyOutcome"), outcome));
            assertEquals(Messages.text(language, "verify.credential.genuine"), anyone.find(By.id("verifiedBySignature")).getText());
            assertEquals(valid.getString("number"), anyone.find(By.id("verifiedNumber")).getText());
            assertEquals(valid.getJsonObject("holder").getString(language.code()), anyone.find(By.id("verifiedHolder")).getText());
            anyone.assertAccessible();
            anyone.screenshotForDocs("verify-credential-" + language.code());

            paste(anyone, revokedCredential);
            String revokedOutcome = Messages.text(language, "verify.outcome.REVOKED");
            assertEquals(revokedOutcome, anyone.awaitText(By.id("verifyOutcome"), revokedOutcome));
            assertEquals(date(language, revokedOne.getString("revokedOn")), anyone.find(By.id("verifiedRevokedOn")).getText());
            anyone.assertAccessible();

            paste(anyone, tampered);
            String forged = Messages.text(language, "verify.outcome.NOT_GENUINE");
            assertEquals(forged, anyone.awaitText(By.id("verifyOutcome"), forged));
            assertTrue(anyone.find(By.id("verifyAnswer")).getText().contains(Messages.text(language, "verify.notGenuineHelp")));
            assertTrue(anyone.driver().findElements(By.id("verifiedHolder")).isEmpty(), "a forgery reveals nothing");
            assertEquals(language.direction(), anyone.htmlAttribute("dir"));
            anyone.assertAccessible();
        }
    }

    private static void paste(Browser anyone, String credential) {
        WebElement field = anyone.find(By.id("credentialForm:credential"));
        field.clear();
        ((JavascriptExecutor) anyone.driver()).executeScript("arguments[0].value = arguments[1];", field, credential);
        anyone.find(By.id("credentialForm:checkCredential")).click();
    }

    /** Fetches an address with the browser's cookies (its session), as the browser's own download would. */
    private HttpResponse<byte[]> withSessionOf(Browser browser, String href) {
        WebClient client = new WebClient(deploymentUrl);
        String cookies = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        String path = java.net.URI.create(href).getRawPath().substring(1);
        return client.send(client.request(path).header("Cookie", cookies).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static boolean prepared;

    /** The course CBR1, the holders of CBR1-CMP, each with a certificate expiring as given, and the next cohort CBR1-R. */
    private void prepare() {
        if (prepared) {
            return;
        }
        openAccounts();
        WebClient client = new WebClient(deploymentUrl);
        post(client, "testing/cohorts", Map.of("do", "course", "code", COURSE, "like", "CP101"));
        post(client, "testing/expiry", Map.of("do", "cohort", "code", HOLDERS_COHORT, "days", "101", "course", COURSE));
        for (String[] holder : HOLDERS) {
            post(client, "testing/cohorts", Map.of("do", "trainee", "number", holder[0], "name", holder[1], "organisation", holder[2]));
            post(client, "testing/cohorts", Map.of("do", "place", "code", HOLDERS_COHORT, "number", holder[0], "status", "COMPLETED"));
            String number = post(client, "testing/expiry", Map.of("do", "issue", "code", HOLDERS_COHORT, "number", holder[0])).body();
            post(client, "testing/expiry", Map.of("do", "expire", "certificate", number, "days", holder[3]));
        }
        // A day of this class's own, so that the instructor and the room clash with no other test's cohort.
        post(client, "testing/cohorts", Map.of("do", "cohort", "code", NEXT, "days", "113", "venue", "CAP-R3", "seats", "1",
                "approval", "false", "course", COURSE));
        prepared = true;
    }

    private static HttpResponse<String> post(WebClient client, String path, Map<String, String> fields) {
        HttpResponse<String> response = client.postForm(path, fields);
        assertTrue(response.statusCode() / 100 == 2, path + " " + fields + ": " + response.statusCode() + " " + response.body());
        return response;
    }

    @Test
    @Order(5)
    void anAdministratorFiltersExportsAndNominatesInBothLanguages() throws Exception {
        prepare();
        Browser admin = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), "en"));
        admin.open("login.xhtml?lang=en");
        admin.signIn(ADMIN_USER, TestAccounts.PASSWORD);
        for (Language language : Language.values()) {
            boolean first = language == Language.values()[0];
            admin.open("admin/?lang=" + language.code());
            admin.find(By.id("complianceNav")).click();
            admin.await(d -> d.getCurrentUrl().contains("compliance.xhtml"));
            assertEquals(language.direction(), admin.htmlAttribute("dir"));
            assertEquals(Messages.text(language, "expiry.compliance.title"), admin.heading());
            // The page lists every certificate in the database: this test reads its own course's.
            new Select(admin.find(By.id("search:course"))).selectByValue(COURSE);
            admin.find(By.id("search:go")).click();
            admin.await(d -> d.getCurrentUrl().contains("course=" + COURSE));
            assertEquals(List.of("CBR-C2", "CBR-C1"), holders(admin), "expired first, then within 60 days");
            admin.assertAccessible();

            setDays(admin, "120");
            admin.find(By.id("search:go")).click();
            admin.await(d -> holders(admin).size() == 3);
            assertEquals(List.of("CBR-C2", "CBR-C1", "CBR-C3"), holders(admin));
            assertEquals(Messages.text(language, "certificate.status.EXPIRED"),
                    admin.find(By.cssSelector("tr.holder-CBR-C2 .expiry-state")).getText());
            assertEquals(Messages.text(language, "expiry.compliance.daysLeft", 10L),
                    admin.find(By.cssSelector("tr.holder-CBR-C1 .expiry-state")).getText());
            admin.screenshotForDocs("compliance-" + language.code());

            String csv = download(admin, admin.find(By.id("exportCsv")).getAttribute("href"));
            List<String> lines = csv.lines().toList();
            assertEquals(4, lines.size(), csv);
            assertTrue(lines.get(0).contains(Messages.text(language, "expiry.compliance.expiresOn")), lines.get(0));
            assertTrue(lines.get(1).startsWith("CBR-C2,") && lines.get(3).startsWith("CBR-C3,"), csv);
            assertTrue(lines.get(3).contains(",'=Hadi Later,"), "a name is never a formula: " + lines.get(3));

            new Select(admin.find(By.id("search:organisation"))).selectByValue("CSO-YOUTH");
            admin.find(By.id("search:go")).click();
            admin.await(d -> holders(admin).equals(List.of("CBR-C3")));
            assertTrue(download(admin, admin.find(By.id("exportCsv")).getAttribute("href")).lines().count() == 2,
                    "the export has the page's filters");

            setDays(admin, "0");
            admin.find(By.id("search:go")).click();
            String empty = Messages.text(language, "expiry.compliance.none");
            assertEquals(empty, admin.awaitText(By.cssSelector("#results\\:holders .ui-datatable-empty-message"), empty));
            admin.assertAccessible();

            setDays(admin, "-1");
            admin.find(By.id("search:go")).click();
            String outOfRange = Messages.text(language, "expiry.error.withinDays", 0, 3650);
            assertEquals(outOfRange, admin.awaitText(By.cssSelector(".form-row .ui-message-error-detail"), outOfRange));
            admin.assertAccessible();

            admin.open("admin/compliance.xhtml?course=" + COURSE + "&lang=" + language.code());
            String holder = first ? "CBR-C1" : "CBR-C2";
            String name = (language == Language.ARABIC ? "متدرب " : "") + (first ? "Salim Soon" : "Rania Lapsed");
            WebElement row = admin.find(By.cssSelector("tr.holder-" + holder));
            assertTrue(row.findElement(By.cssSelector(".next-cohort")).getText().contains(NEXT));
            row.findElement(By.cssSelector("button[id$=':nominate']")).click();
            String done = first
                    ? Messages.text(language, "expiry.nominated", name, NEXT, new MessageKey("enrolment.status.ENROLLED"))
                    : Messages.text(language, "expiry.nominated.waitlisted", name, NEXT, 1);
            assertEquals(done, admin.awaitText(By.cssSelector(".form-notices li"), done));
            admin.assertAccessible();
            admin.screenshotForDocs("compliance-nominated-" + language.code());
        }
    }

    private static void setDays(Browser admin, String days) {
        WebElement field = admin.find(By.id("search:withinDays"));
        field.clear();
        field.sendKeys(days);
    }

    private static List<String> holders(Browser admin) {
        return admin.driver().findElements(By.cssSelector("#results\\:holders tbody tr[class*='holder-']")).stream()
                .map(row -> row.getAttribute("class").replaceAll(".*\\bholder-(\\S+).*", "$1")).toList();
    }

    /** Fetches a link with the browser's cookies (session, language), as a click would (Chromium would only save the file). */
    private static String download(Browser admin, String href) throws Exception {
        String cookies = admin.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), href);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), href);
        return response.body();
    }
}
