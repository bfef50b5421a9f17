package org.tadreeb.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.Browser;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.Prerequisites.NeedsBrowser;
import org.tadreeb.testing.WebClient;

/**
 * The training report page in headless Chromium, in both languages, checked with axe-core: it opens on the year to
 * date with the same totals as the API, filters by course through the form into a shareable address, and names a
 * period that ends before it starts without losing what was typed.
 */
@IntegrationTest
@NeedsBrowser
@RunAsClient
class ReportBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tadreeb();
    }

    @ArquillianResource
    URL deploymentUrl;

    @RegisterExtension
    final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure();

    @Test
    void anAdministratorReadsFiltersAndCorrectsTheTrainingReportInBothLanguages() {
        WebClient api = new WebClient(deploymentUrl);
        String token = api.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        JsonObject totals = WebClient.json(api.get("api/v1/reports/training", token)).asJsonObject().getJsonObject("totals");
        assertTrue(totals.getInt("enrolments") > 0, "the demo's completed cohort ended this year: " + totals);

        for (Language language : Language.values()) {
            try (Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()))) {
                browser.open("login.xhtml?lang=" + language.code());
                browser.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
                browser.find(By.id("reportsNav")).click();
                assertEquals(Messages.text(language, "reports.training.title"), browser.heading());
                assertEquals(language.direction(), browser.htmlAttribute("dir"));
                NumberFormat numbers = NumberFormat.getIntegerInstance(language.locale());
                assertEquals(numbers.format(totals.getInt("enrolments")), browser.find(By.id("totalEnrolments")).getText());
                assertEquals(numbers.format(totals.getInt("trainees")), browser.find(By.id("totalTrainees")).getText());
                assertEquals(LocalDate.now().withDayOfYear(1).toString(),
                        browser.find(By.id("filter:from")).getAttribute("value"), "the year to date by default");
                List<WebElement> courses = browser.driver().findElements(By.cssSelector("#table-course tbody tr"));
                assertTrue(courses.stream().anyMatch(row -> "CP101".equals(row.getAttribute("data-key"))),
                        "the demo's course has a row");
                browser.assertAccessible();
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "document.getElementById('period').scrollIntoView()");
                browser.screenshotForDocs("report-training-" + language.code());

                new Select(browser.find(By.id("filter:course"))).selectByValue("CP101");
                browser.find(By.id("filter:show")).click();
                browser.await(d -> d.getCurrentUrl().contains("course=CP101"));
                assertEquals(List.of("CP101"), browser.driver().findElements(By.cssSelector("#table-course tbody tr"))
                        .stream().map(row -> row.getAttribute("data-key")).toList());

                String thisYear = LocalDate.now().withDayOfYear(1).toString();
                setDate(browser, "filter:to", LocalDate.now().withDayOfYear(1).minusDays(1).toString());
                browser.find(By.id("filter:show")).click();
                String problem = Messages.text(language, "reports.error.toBeforeFrom");
                assertEquals(problem, browser.awaitText(By.cssSelector(".form-errors li"), problem));
                assertEquals(thisYear, browser.find(By.id("filter:from")).getAttribute("value"), "what was typed stays");
                assertEquals("CP101", new Select(browser.find(By.id("filter:course"))).getFirstSelectedOption()
                        .getAttribute("value"));
                browser.assertAccessible();
            }
        }
    }

    @Test
    void complianceForAdministratorsWithTheirRequirementsAndForACoordinatorInBothLanguages() {
        for (Language language : Language.values()) {
            try (Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()))) {
                browser.open("login.xhtml?lang=" + language.code());
                browser.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
                browser.open("admin/?lang=" + language.code());
                assertEquals(Messages.text(language, "dashboard.attention"), browser.find(By.id("attentionTitle")).getText());
                assertEquals(3, browser.driver().findElements(By.cssSelector(".targets > li")).size(),
                        "trainees, certificates and hours this year");
                browser.assertAccessible();
                browser.open("admin/reports/training.xhtml?lang=" + language.code());
                browser.find(By.id("complianceLink")).click();
                assertEquals(Messages.text(language, "compliance.title"), browser.heading());
                assertTrue(browser.driver().findElements(By.cssSelector("#people tbody tr")).size() > 0,
                        "the demo's police and department people have requirements");
                browser.assertAccessible();
                browser.screenshotForDocs("training-compliance-" + language.code());

                WebElement hours = browser.find(By.cssSelector("[id$=':hours']"));
                int next = Integer.parseInt(hours.getAttribute("value")) + 1;
                hours.clear();
                hours.sendKeys(String.valueOf(next));
                browser.find(By.id("requirements:save")).click();
                String saved = Messages.text(language, "compliance.requirementsSaved", 1);
                assertEquals(saved, browser.awaitText(By.cssSelector(".form-notices li"), saved));
                assertEquals(String.valueOf(next), browser.find(By.cssSelector("[id$=':hours']")).getAttribute("value"));

                browser.find(By.id("filter:behind")).click();
                browser.find(By.id("filter:show")).click();
                browser.await(d -> d.getCurrentUrl().contains("behind=true"));
                assertTrue(browser.driver().findElements(By.cssSelector("#people .compliance-status.met")).isEmpty(),
                        "only people behind");
            }
            try (Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()))) {
                browser.open("login.xhtml?lang=" + language.code());
                browser.signIn(DemoAccounts.COORDINATOR.username, DemoAccounts.COORDINATOR.password);
                browser.find(By.id("complianceLink")).click();
                assertTrue(browser.heading().startsWith(Messages.text(language, "compliance.title")));
                assertTrue(browser.driver().findElements(By.id("filter:organisation")).isEmpty(),
                        "a coordinator sees their own organisation only");
                assertTrue(browser.driver().findElements(By.cssSelector("#people tbody tr")).stream()
                        .allMatch(row -> row.getAttribute("data-number").startsWith("GOV-")));
                assertTrue(browser.driver().findElements(By.id("requirements:save")).isEmpty());
                browser.assertAccessible();
            }
        }
    }

    private static void setDate(Browser browser, String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1];", browser.find(By.id(id)), isoDate);
    }
}
