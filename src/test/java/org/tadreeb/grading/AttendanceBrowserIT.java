package org.tadreeb.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
import org.tadreeb.testing.Prerequisites.NeedsBrowser;
import org.tadreeb.testing.StartedCohortServlet;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.WebClient;

/**
 * Taking attendance in headless Chromium, in both languages, each page checked with axe-core: the instructor goes
 * from their home to a meeting not yet taken, saves a full class with one click (everyone present by default), then
 * marks one trainee late with the arrow keys and one excused — refused, with the message in the trainee's row, until
 * a note says why — and saves from the keyboard; a tampered view parameter shows the forbidden page; the
 * administrator reads the cohort's attendance matrix.
 */
@IntegrationTest
@NeedsBrowser
@RunAsClient
class AttendanceBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tadreeb().addClasses(TestEnrolments.class, StartedCohortServlet.class);
    }

    @ArquillianResource
    URL deploymentUrl;

    @RegisterExtension
    final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure();

    @Test
    void anInstructorTakesAttendanceInBothLanguages() {
        WebClient testing = new WebClient(deploymentUrl);
        for (Language language : Language.values()) {
            String cohort = "CP101-B" + language.code().toUpperCase(Locale.ROOT);
            assertEquals(204, testing.postForm("testing/started-cohort", Map.of("code", cohort,
                    "hour", language == Language.ENGLISH ? "13" : "16", "trainees", "4")).statusCode());
            String late = cohort + "-2";
            String excused = cohort + "-3";

            Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
            browser.open("login.xhtml?lang=" + language.code());
            browser.signIn(DemoAccounts.INSTRUCTOR.username, DemoAccounts.INSTRUCTOR.password);
            browser.open("instructor/");
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
            browser.open("instructor/attendance.xhtml?code=CP310-A&meeting=" + meeting);
            assertEquals(Messages.text(language, "error.forbidden.title"), browser.heading(), "a colleague's cohort");

            Browser admin = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
            admin.open("login.xhtml?lang=" + language.code());
            admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
            admin.open("admin/cohorts/roster.xhtml?code=" + cohort);
            admin.find(By.id("attendanceLink")).click();
            WebElement lateRow = admin.find(By.cssSelector("#matrix tr.trainee-" + late));
            assertTrue(lateRow.getText().contains(Messages.text(language, "attendance.mark.LATE")), lateRow.getText());
            admin.find(By.id("exportXlsx"));
            admin.assertAccessible();
            admin.screenshotForDocs("attendance-matrix-" + language.code());
        }
    }

}
