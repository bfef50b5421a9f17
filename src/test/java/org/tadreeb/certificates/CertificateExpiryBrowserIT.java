package org.tadreeb.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.MessageKey;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.Browser;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.Prerequisites.NeedsBrowser;
import org.tadreeb.testing.TestCohortsServlet;
import org.tadreeb.testing.TestDatabase;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.WebClient;

/**
 * The compliance page in headless Chromium, in both languages, checked with axe-core: an administrator reaches it
 * from the navigation, sees the holders whose certificates have expired or expire within 60 days, widens the days,
 * filters by organisation, meets the empty state and a number out of range, downloads the CSV of what the page
 * shows, and nominates a holder into the course's next cohort (enrolled in the first language's pass; waitlisted
 * in the second, the cohort having one seat).
 */
@IntegrationTest
@NeedsBrowser
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateExpiryBrowserIT {

    private static final String PAST = "CP101-0";
    private static final String NEXT = "CP101-R";
    /** Holder, name (the last one shaped like a spreadsheet formula), organisation, days from today to the expiry. */
    private static final List<String[]> HOLDERS = List.of(
            new String[] {"CMP-1", "Salim Soon", "CPD-NOR", "10"},
            new String[] {"CMP-2", "Rania Lapsed", "GOV-EDU", "-3"},
            new String[] {"CMP-3", "=Hadi Later", "CSO-YOUTH", "90"});

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        Path keys = Files.createTempDirectory(Path.of("target"), "certificate-keys").toAbsolutePath();
        return Deployments.tadreeb(TestDatabase.fresh(), Map.of("tadreeb.certificates.key-path",
                        keys.resolve("signing.pem").toString(), "tadreeb.certificates.reminders.enabled", "false"))
                .addClasses(TestEnrolments.class, TestCohortsServlet.class, TestCertificates.class, TestExpiryServlet.class);
    }

    @ArquillianResource
    URL deploymentUrl;

    @RegisterExtension
    final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure();

    private static boolean prepared;

    private void prepare() {
        if (prepared) {
            return;
        }
        WebClient client = new WebClient(deploymentUrl);
        for (String[] holder : HOLDERS) {
            post(client, "testing/cohorts", Map.of("do", "trainee", "number", holder[0], "name", holder[1], "organisation", holder[2]));
            post(client, "testing/cohorts", Map.of("do", "place", "code", PAST, "number", holder[0], "status", "COMPLETED"));
            String number = post(client, "testing/expiry", Map.of("do", "issue", "code", PAST, "number", holder[0])).body();
            post(client, "testing/expiry", Map.of("do", "expire", "certificate", number, "days", holder[3]));
        }
        post(client, "testing/cohorts", Map.of("do", "cohort", "code", NEXT, "days", "90", "venue", "CAP-R3", "seats", "1",
                "approval", "false"));
        prepared = true;
    }

    private static HttpResponse<String> post(WebClient client, String path, Map<String, String> fields) {
        HttpResponse<String> response = client.postForm(path, fields);
        assertTrue(response.statusCode() / 100 == 2, path + " " + fields + ": " + response.statusCode() + " " + response.body());
        return response;
    }

    @Test
    @Order(1)
    void anAdministratorFiltersExportsAndNominatesInBothLanguages() throws Exception {
        prepare();
        Browser admin = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), "en"));
        admin.open("login.xhtml?lang=en");
        admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        for (Language language : Language.values()) {
            boolean first = language == Language.values()[0];
            admin.open("admin/?lang=" + language.code());
            admin.find(By.id("complianceNav")).click();
            admin.await(d -> d.getCurrentUrl().contains("compliance.xhtml"));
            assertEquals(language.direction(), admin.htmlAttribute("dir"));
            assertEquals(Messages.text(language, "expiry.compliance.title"), admin.heading());
            assertEquals(List.of("CMP-2", "CMP-1"), holders(admin), "expired first, then within 60 days");
            admin.assertAccessible();

            setDays(admin, "120");
            admin.find(By.id("search:go")).click();
            admin.await(d -> holders(admin).size() == 3);
            assertEquals(List.of("CMP-2", "CMP-1", "CMP-3"), holders(admin));
            assertEquals(Messages.text(language, "certificate.status.EXPIRED"),
                    admin.find(By.cssSelector("tr.holder-CMP-2 .expiry-state")).getText());
            assertEquals(Messages.text(language, "expiry.compliance.daysLeft", 10L),
                    admin.find(By.cssSelector("tr.holder-CMP-1 .expiry-state")).getText());
            admin.screenshotForDocs("compliance-" + language.code());

            String csv = download(admin, admin.find(By.id("exportCsv")).getAttribute("href"));
            List<String> lines = csv.lines().toList();
            assertEquals(4, lines.size(), csv);
            assertTrue(lines.get(0).contains(Messages.text(language, "expiry.compliance.expiresOn")), lines.get(0));
            assertTrue(lines.get(1).startsWith("CMP-2,") && lines.get(3).startsWith("CMP-3,"), csv);
            assertTrue(lines.get(3).contains(",'=Hadi Later,"), "a name is never a formula: " + lines.get(3));

            new Select(admin.find(By.id("search:organisation"))).selectByValue("CSO-YOUTH");
            admin.find(By.id("search:go")).click();
            admin.await(d -> holders(admin).equals(List.of("CMP-3")));
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

            admin.open("admin/compliance.xhtml?lang=" + language.code());
            String holder = first ? "CMP-1" : "CMP-2";
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
                .collect(java.util.stream.Collectors.joining("; "));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), href);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), href);
        return response.body();
    }
}
