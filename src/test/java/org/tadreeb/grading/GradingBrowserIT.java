package org.tadreeb.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.Browser;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.SharedDeployment;
import org.tadreeb.testing.Prerequisites.NeedsBrowser;
import org.tadreeb.testing.StartedCohortServlet;
import org.tadreeb.testing.TestAccounts;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.TestGrading;
import org.tadreeb.testing.TestGradingServlet;
import org.tadreeb.testing.WebClient;

/**
 * Attendance and the gradebook in headless Chromium, in both languages, each page checked with axe-core; one
 * deployment for both, each test on cohorts of its own.
 * <p>
 * Attendance: the instructor goes from their home to a meeting not yet taken of a cohort made for the test
 * (GRB-AR, GRB-EN), saves a full class with one click (everyone present by default), then marks one trainee
 * late with the arrow keys and one excused — refused, with the message in the trainee's row, until a note says
 * why — and saves from the keyboard; a tampered view parameter shows the forbidden page; the administrator reads the
 * cohort's attendance matrix.
 * <p>
 * Gradebook: the instructor of a running cohort of the class's own, GRB-A (with two trainees of its own with
 * accounts, in place of the demo's Ahmad and Mariam), enters scores in English and, with Arabic-Indic
 * digits, in Arabic; a refused score is named beside nothing saved; the instructor publishes after confirming; the
 * trainee finds the result on their home page and in their transcript; the administrator reads the gradebook and
 * reopens it; another instructor's tampered address shows the forbidden page.
 * <p>
 * On the shared server every cohort here is the class's own, of its own copy of CP101 (GRB1) in its own room
 * (GRB-V), at hours no other class gives the demo instructor (00:00, 02:00 and 21:00, two hours each); every page
 * whose text is checked names its language, since the demo accounts' remembered language is everyone's.
 */
@IntegrationTest
@NeedsBrowser
@RunAsClient
class GradingBrowserIT {

    /** The class's own copy of CP101 and its own room. */
    private static final String COURSE = "GRB1";
    private static final String VENUE = "GRB-V";
    /** The gradebook tests' running cohort, taught by instructor, meeting from this hour. */
    private static final String COHORT = "GRB-A";
    private static final int COHORT_HOUR = 21;
    /** Its trainees with accounts of the class's own. */
    private static final String TRAINEE = "GRB-101";
    private static final String TRAINEE_2 = "GRB-102";
    private static final String TRAINEE_USER = "grb-ahmad";
    private static final String TRAINEE_NAME = "Ahmad GRB";
    private static final String TRAINEE_2_NAME = "Mariam GRB";

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.archive();
    }

    @ArquillianResource
    URL deploymentUrl;

    @RegisterExtension
    final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure();

    private Browser signedIn(DemoAccounts account, Language language) {
        return signedIn(account.username, account.password, language);
    }

    private Browser signedIn(String username, String password, Language language) {
        Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
        browser.open("login.xhtml?lang=" + language.code());
        browser.signIn(username, password);
        return browser;
    }

    private void post(String path, Map<String, String> fields) {
        HttpResponse<String> response = new WebClient(deploymentUrl).postForm(path, fields);
        assertEquals(204, response.statusCode(), path + " " + fields + ": " + response.body());
    }

    /** The class's own course and room, made by whichever test runs first. */
    private void ownCourseAndRoom() {
        post("testing/grading-fixtures", Map.of("venue", VENUE, "course", COURSE, "like", "CP101"));
    }

    /**
     * The gradebook tests' cohort, made by whichever needs it first: two trainees made with it and two of the
     * class's own with accounts, present throughout.
     */
    private synchronized void gradebookCohort() {
        ownCourseAndRoom();
        if (new WebClient(deploymentUrl).get("api/v1/cohorts/" + COHORT).statusCode() == 200) {
            return;
        }
        post("testing/started-cohort", Map.of("code", COHORT, "course", COURSE, "venue", VENUE,
                "hour", Integer.toString(COHORT_HOUR), "trainees", "2"));
        post("testing/accounts", Map.of("number", TRAINEE, "username", TRAINEE_USER, "name", TRAINEE_NAME, "lang", "en",
                "organisation", "CPD-CAP"));
        post("testing/accounts", Map.of("number", TRAINEE_2, "username", "grb-mariam", "name", TRAINEE_2_NAME,
                "lang", "en", "organisation", "CPD-CAP"));
        for (String number : List.of(TRAINEE, TRAINEE_2)) {
            post("testing/cohorts", Map.of("do", "place", "code", COHORT, "number", number, "status", "ENROLLED"));
        }
    }

    private static List<WebElement> inputsOf(Browser browser, String number) {
        return browser.find(By.cssSelector("tr.trainee-" + number)).findElements(By.cssSelector("input.points-input"));
    }

    private static void type(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }

    // ---- attendance ------------------------------------------------------------------------------------------

    @Test
    void anInstructorTakesAttendanceInBothLanguages() {
        WebClient testing = new WebClient(deploymentUrl);
        ownCourseAndRoom();
        for (Language language : Language.values()) {
            String cohort = "GRB-" + language.code().toUpperCase(Locale.ROOT);
            assertEquals(204, testing.postForm("testing/started-cohort", Map.of("code", cohort, "course", COURSE,
                    "venue", VENUE, "hour", language == Language.ENGLISH ? "0" : "2", "trainees", "4")).statusCode());
            String late = cohort + "-2";
            String excused = cohort + "-3";

            Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
            browser.open("login.xhtml?lang=" + language.code());
            browser.signIn(DemoAccounts.INSTRUCTOR.username, DemoAccounts.INSTRUCTOR.password);
            browser.open("instructor/?lang=" + language.code());
            browser.find(By.cssSelector("[id='grading'] tr.cohort-" + cohort + " a.gradebook-link"));
            browser.assertAccessible();
            browser.screenshotForDocs("instructor-agenda-" + language.code());
            browser.find(By.cssSelector("[id='untaken'] a.take-attendance[href*='code=" + cohort + "&']")).click();

            browser.find(By.id("attendance:save"));
            assertEquals(Messages.text(language, "attendance.state.notTaken"), browser.find(By.id("meetingState")).getText());
            List<WebElement> present = browser.driver().findElements(By.cssSelector("[id='attendance:trainees'] input[value='PRESENT']"));
            assertEquals(4, present.size());
            assertTrue(present.stream().allMatch(WebElement::isSelected), "everyone present by default");
            browser.assertAccessible();
            browser.screenshotForDocs("attendance-" + language.code());

            browser.find(By.id("attendance:save")).click();
            String saved = Messages.text(language, "attendance.saved", 4);
            assertEquals(saved, browser.awaitText(By.cssSelector(".form-notices li"), saved), "one click for a full class");
            assertEquals(Messages.text(language, "attendance.state.taken"), browser.find(By.id("meetingState")).getText());

            WebElement presentOfLate = browser.find(By.cssSelector("tr.trainee-" + late + " input[value='PRESENT']"));
            presentOfLate.sendKeys(Keys.ARROW_DOWN);
            assertTrue(browser.find(By.cssSelector("tr.trainee-" + late + " input[value='LATE']")).isSelected(),
                    "the arrow keys move along a trainee's marks");
            browser.find(By.cssSelector("tr.trainee-" + excused + " input[value='EXCUSED'] + label")).click();
            browser.find(By.id("attendance:save")).click();
            WebElement error = browser.find(By.cssSelector("tr.trainee-" + excused + " .row-error"));
            String name = StartedCohortServlet.NAMES.get(2).get(language == Language.ARABIC ? 0 : 1);
            assertEquals(Messages.text(language, "attendance.error.excuseNeedsNoteFor", name, excused), error.getText());
            assertTrue(browser.find(By.cssSelector(".form-errors li")).getText()
                    .equals(Messages.text(language, "attendance.error.notSaved", 1)));
            assertTrue(browser.find(By.cssSelector("tr.trainee-" + late + " input[value='LATE']")).isSelected(),
                    "what was chosen stays on the page");
            browser.assertAccessible();

            String note = language == Language.ARABIC ? "مراجعة المستشفى" : "Hospital appointment";
            WebElement noteField = browser.find(By.cssSelector("tr.trainee-" + excused + " input[type='text']"));
            noteField.sendKeys(note);
            noteField.sendKeys(Keys.ENTER);
            String savedTwo = Messages.text(language, "attendance.saved", 2);
            assertEquals(savedTwo, browser.awaitText(By.cssSelector(".form-notices li"), savedTwo), "saved from the keyboard");
            assertTrue(browser.find(By.cssSelector("tr.trainee-" + late + " input[value='LATE']")).isSelected());
            assertTrue(browser.find(By.cssSelector("tr.trainee-" + excused + " input[value='EXCUSED']")).isSelected());
            assertEquals(note, browser.find(By.cssSelector("tr.trainee-" + excused + " input[type='text']")).getAttribute("value"));
            browser.screenshotForDocs("attendance-saved-" + language.code());
            browser.find(By.id("nextMeeting")).click();
            browser.find(By.id("previousMeeting"));
            assertEquals(Messages.text(language, "attendance.state.notTaken"), browser.find(By.id("meetingState")).getText());

            String meeting = browser.driver().getCurrentUrl().replaceAll(".*meeting=(\\d+).*", "$1");
            browser.open("instructor/attendance.xhtml?code=CP310-A&meeting=" + meeting + "&lang=" + language.code());
            assertEquals(Messages.text(language, "error.forbidden.title"), browser.heading(), "a colleague's cohort");

            Browser admin = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
            admin.open("login.xhtml?lang=" + language.code());
            admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
            admin.open("admin/cohorts/roster.xhtml?code=" + cohort + "&lang=" + language.code());
            admin.find(By.id("attendanceLink")).click();
            WebElement lateRow = admin.find(By.cssSelector("#matrix tr.trainee-" + late));
            assertTrue(lateRow.getText().contains(Messages.text(language, "attendance.mark.LATE")), lateRow.getText());
            admin.find(By.id("exportXlsx"));
            admin.assertAccessible();
            admin.screenshotForDocs("attendance-matrix-" + language.code());
        }
    }

    // ---- the gradebook ---------------------------------------------------------------------------------------

    @Test
    void theInstructorEntersScoresInBothLanguagesPublishesAndTheTraineeSeesTheResult() {
        WebClient testing = new WebClient(deploymentUrl);
        gradebookCohort();
        for (String number : List.of(TRAINEE, TRAINEE_2)) {
            assertEquals(204, testing.postForm("testing/grading",
                    Map.of("do", "attendAll", "code", COHORT, "number", number, "mark", "PRESENT")).statusCode());
        }

        Browser instructor = signedIn(DemoAccounts.INSTRUCTOR, Language.ENGLISH);
        instructor.open("instructor/gradebook.xhtml?code=" + COHORT + "&lang=en");
        assertEquals(Messages.text(Language.ENGLISH, "gradebook.titleOf", COHORT), instructor.heading());
        List<WebElement> mine = inputsOf(instructor, TRAINEE);
        assertEquals(3, mine.size());
        assertEquals(TRAINEE_NAME + ": Written exam (out of 100)", mine.get(0).getAttribute("aria-label"));
        instructor.assertAccessible();
        type(mine.get(0), "75");
        type(mine.get(1), "40.5");
        type(mine.get(2), "9");
        type(inputsOf(instructor, TRAINEE_2).get(1), "51");
        instructor.find(By.id("grades:save")).click();
        String refused = Messages.text(Language.ENGLISH, "gradebook.error.scoresRefused", 1);
        assertEquals(refused, instructor.awaitText(By.cssSelector(".form-errors li"), refused));
        assertTrue(instructor.find(By.cssSelector(".form-errors")).getText()
                .contains(TRAINEE_2_NAME + " (" + TRAINEE_2 + "), Practical exercise: A score is between 0 and 50."));
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

        Browser trainee = signedIn(TRAINEE_USER, TestAccounts.PASSWORD, Language.ENGLISH);
        for (Language language : Language.values()) {
            trainee.open("trainee/?lang=" + language.code());
            WebElement result = trainee.find(By.cssSelector("section.result-" + COHORT));
            assertEquals(Messages.text(language, "grading.verdict.PASSED"), result.findElement(By.cssSelector(".verdict")).getText());
            assertFalse(trainee.driver().getPageSource().contains("Mariam") || trainee.driver().getPageSource().contains("مريم"),
                    "nobody else's results");
            trainee.assertAccessible();
            scrollTo(trainee, result);
            trainee.screenshotForDocs("my-results-" + language.code());
            trainee.open("trainee/transcript.xhtml?lang=" + language.code());
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
        gradebookCohort();
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
