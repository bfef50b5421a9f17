package org.tadreeb.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
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
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.Prerequisites.NeedsBrowser;
import org.tadreeb.testing.TestGrading;
import org.tadreeb.testing.TestGradingServlet;
import org.tadreeb.testing.WebClient;

/**
 * The gradebook in headless Chromium, each page checked with axe-core: the instructor of the demo's running cohort
 * CP101-A enters scores in English and, with Arabic-Indic digits, in Arabic; a refused score is named beside nothing
 * saved; the instructor publishes after confirming; the trainee finds the result on their home page and in their
 * transcript; the administrator reads the gradebook and reopens it; another instructor's tampered address shows the
 * forbidden page.
 */
@IntegrationTest
@NeedsBrowser
@RunAsClient
class GradebookBrowserIT {

    private static final String COHORT = "CP101-A";
    private static final String TRAINEE = "PS-104233";
    private static final String TRAINEE_2 = "PS-104871";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tadreeb().addClasses(TestGrading.class, TestGradingServlet.class);
    }

    @ArquillianResource
    URL deploymentUrl;

    @RegisterExtension
    final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure();

    private Browser signedIn(DemoAccounts account, Language language) {
        Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
        browser.open("login.xhtml?lang=" + language.code());
        browser.signIn(account.username, account.password);
        return browser;
    }

    private static List<WebElement> inputsOf(Browser browser, String number) {
        return browser.find(By.cssSelector("tr.trainee-" + number)).findElements(By.cssSelector("input.points-input"));
    }

    private static void type(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }

    @Test
    void theInstructorEntersScoresInBothLanguagesPublishesAndTheTraineeSeesTheResult() {
        WebClient testing = new WebClient(deploymentUrl);
        for (String number : List.of(TRAINEE, TRAINEE_2)) {
            assertEquals(204, testing.postForm("testing/grading",
                    Map.of("do", "attendAll", "code", COHORT, "number", number, "mark", "PRESENT")).statusCode());
        }

        Browser instructor = signedIn(DemoAccounts.INSTRUCTOR, Language.ENGLISH);
        instructor.open("instructor/gradebook.xhtml?code=" + COHORT + "&lang=en");
        assertEquals(Messages.text(Language.ENGLISH, "gradebook.titleOf", COHORT), instructor.heading());
        List<WebElement> mine = inputsOf(instructor, TRAINEE);
        assertEquals(3, mine.size());
        assertEquals("Ahmad Yousef Al-Ali: Written exam (out of 100)", mine.get(0).getAttribute("aria-label"));
        instructor.assertAccessible();
        type(mine.get(0), "75");
        type(mine.get(1), "40.5");
        type(mine.get(2), "9");
        type(inputsOf(instructor, TRAINEE_2).get(1), "51");
        instructor.find(By.id("grades:save")).click();
        String refused = Messages.text(Language.ENGLISH, "gradebook.error.scoresRefused", 1);
        assertEquals(refused, instructor.awaitText(By.cssSelector(".form-errors li"), refused));
        assertTrue(instructor.find(By.cssSelector(".form-errors")).getText()
                .contains("Mariam Abdullah (PS-104871), Practical exercise: A score is between 0 and 50."));
        assertEquals("51", inputsOf(instructor, TRAINEE_2).get(1).getAttribute("value"), "what was typed stays");
        instructor.assertAccessible();
        type(inputsOf(instructor, TRAINEE_2).get(1), "");
        instructor.find(By.id("grades:save")).click();
        String saved = Messages.text(Language.ENGLISH, "gradebook.saved", 3);
        assertEquals(saved, instructor.awaitText(By.cssSelector(".form-notices li"), saved));
        WebElement row = instructor.find(By.cssSelector("tr.trainee-" + TRAINEE));
        assertEquals("80.4", row.findElement(By.cssSelector(".total")).getText());
        assertEquals("Passed", row.findElement(By.cssSelector(".verdict")).getText());
        assertEquals("100%", row.findElement(By.cssSelector(".rate")).getText());
        instructor.screenshotForDocs("gradebook-en");

        instructor.open("instructor/gradebook.xhtml?code=" + COHORT + "&lang=ar");
        assertEquals("rtl", instructor.htmlAttribute("dir"));
        List<WebElement> hers = inputsOf(instructor, TRAINEE_2);
        type(hers.get(0), "٥٠");
        type(hers.get(1), "٢٠٫٥");
        type(hers.get(2), "٥");
        instructor.find(By.id("grades:save")).click();
        String savedArabic = Messages.text(Language.ARABIC, "gradebook.saved", 3);
        assertEquals(savedArabic, instructor.awaitText(By.cssSelector(".form-notices li"), savedArabic));
        WebElement failed = instructor.find(By.cssSelector("tr.trainee-" + TRAINEE_2));
        assertEquals(Messages.text(Language.ARABIC, "grading.verdict.FAILED"), failed.findElement(By.cssSelector(".verdict")).getText());
        instructor.assertAccessible();
        instructor.screenshotForDocs("gradebook-ar");

        instructor.find(By.id("grades:publish")).click();
        WebElement dialog = instructor.find(By.cssSelector(".ui-confirm-dialog"));
        assertTrue(dialog.getText().contains(COHORT), dialog.getText());
        instructor.assertAccessible();
        instructor.find(By.id("confirm:yes")).click();
        String published = Messages.text(Language.ARABIC, "gradebook.published", COHORT);
        assertEquals(published, instructor.awaitText(By.cssSelector(".form-notices li"), published));
        assertTrue(instructor.find(By.id("grades:reason")).isDisplayed(), "a change now needs a reason");
        instructor.assertAccessible();
        scrollTo(instructor, instructor.find(By.id("scoresTitle")));
        instructor.screenshotForDocs("gradebook-published-ar");

        Browser trainee = signedIn(DemoAccounts.TRAINEE, Language.ENGLISH);
        for (Language language : Language.values()) {
            trainee.open("trainee/?lang=" + language.code());
            WebElement result = trainee.find(By.cssSelector("section.result-" + COHORT));
            assertEquals(Messages.text(language, "grading.verdict.PASSED"), result.findElement(By.cssSelector(".verdict")).getText());
            assertFalse(trainee.driver().getPageSource().contains("Mariam") || trainee.driver().getPageSource().contains("مريم"),
                    "nobody else's results");
            trainee.assertAccessible();
            scrollTo(trainee, result);
            trainee.screenshotForDocs("my-results-" + language.code());
            trainee.open("trainee/transcript.xhtml");
            assertTrue(trainee.find(By.cssSelector("#transcriptResults section.result-" + COHORT)).getText()
                    .contains(Messages.text(language, "grading.verdict.PASSED")));
            trainee.assertAccessible();
        }

        Browser admin = signedIn(DemoAccounts.ADMIN, Language.ENGLISH);
        admin.open("admin/cohorts/cohort.xhtml?code=" + COHORT + "&lang=en");
        admin.find(By.id("gradebookLink")).click();
        admin.find(By.id("gradebookTable"));
        assertTrue(admin.driver().findElements(By.cssSelector("input.points-input")).isEmpty(), "read-only");
        admin.assertAccessible();
        admin.screenshotForDocs("admin-gradebook-en");
        admin.open("admin/cohorts/gradebook.xhtml?code=" + COHORT + "&lang=ar");
        admin.assertAccessible();
        admin.screenshotForDocs("admin-gradebook-ar");
        admin.open("admin/cohorts/gradebook.xhtml?code=" + COHORT + "&lang=en");
        admin.find(By.id("reopenForm:reopen")).click();
        admin.find(By.cssSelector(".ui-confirm-dialog"));
        admin.find(By.id("confirm:yes")).click();
        String reopened = Messages.text(Language.ENGLISH, "gradebook.reopened", COHORT);
        assertEquals(reopened, admin.awaitText(By.cssSelector(".form-notices li"), reopened));
        assertEquals(Messages.text(Language.ENGLISH, "gradebook.notPublished"), admin.find(By.id("publication")).getText());
        admin.assertAccessible();
    }

    @Test
    void aTamperedCohortCodeShowsTheForbiddenPage() {
        Browser other = signedIn(DemoAccounts.INSTRUCTOR_2, Language.ENGLISH);
        for (Language language : Language.values()) {
            other.open("instructor/gradebook.xhtml?code=" + COHORT + "&lang=" + language.code());
            assertEquals(Messages.text(language, "error.forbidden.title"), other.heading());
            assertTrue(other.driver().findElements(By.id("gradebookTable")).isEmpty());
            other.assertAccessible();
        }
    }

    private static void scrollTo(Browser browser, WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(true);", element);
    }

}
