package org.tadreeb.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Locale;
import java.util.Map;
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
import org.tadreeb.testing.SharedDeployment;
import org.tadreeb.testing.Prerequisites.NeedsBrowser;
import org.tadreeb.testing.TestCohortsServlet;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.WebClient;

/**
 * Enrolment in headless Chromium, in both languages, each page checked with axe-core: a trainee signs in from a
 * course page, enrols in an open cohort, finds it under "My training" and withdraws after confirming; an
 * administrator approves a request on the roster (alone and ticked with another), declines one with the reason the
 * dialog requires, nominates pasted service numbers, seeing one answer per trainee, moves a trainee to another
 * cohort of the course and reserves seats for police units.
 */
@IntegrationTest
@NeedsBrowser
@RunAsClient
class EnrolmentBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.archive();
    }

    @ArquillianResource
    URL deploymentUrl;

    @RegisterExtension
    final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure();

    @Test
    void aTraineeEnrolsFromTheCoursePageAndWithdrawsFromMyTrainingInBothLanguages() {
        for (Language language : Language.values()) {
            // Two open demo cohorts without prerequisites that the demo trainee is not in.
            String course = language == Language.ARABIC ? "CP130" : "CP120";
            String cohort = course + "-A";
            Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
            // The language is chosen on the home page: a ?lang= on /courses/... is shown but not always remembered
            // (the short-address filter may forward before the language filter has stored the choice).
            browser.open("?lang=" + language.code());
            browser.open("courses/" + course);
            browser.assertAccessible();
            browser.find(By.cssSelector("#enrol-" + cohort + " a.sign-in-to-enrol")).click();
            browser.signIn(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password);
            browser.await(d -> browser.path().equals("/courses/" + course));

            browser.find(By.id("enrolIn-" + cohort)).click();
            String enrolled = Messages.text(language, "enrolment.result.enrolled", cohort);
            assertEquals(enrolled, browser.awaitText(By.cssSelector(".form-notices li"), enrolled));
            String place = browser.find(By.cssSelector("#enrol-" + cohort + " .your-place")).getText();
            assertTrue(place.contains(Messages.text(language, "enrolment.status.ENROLLED")), place);
            assertTrue(browser.driver().findElements(By.id("enrolIn-" + cohort)).isEmpty(), "no button once enrolled");
            browser.assertAccessible();
            browser.screenshotForDocs("course-enrolled-" + language.code());

            browser.open("trainee/");
            WebElement row = browser.find(By.cssSelector("tr.enrolment-" + cohort));
            assertTrue(row.getText().contains(Messages.text(language, "enrolment.status.ENROLLED")), row.getText());
            browser.assertAccessible();
            browser.screenshotForDocs("my-training-" + language.code());
            row.findElement(By.cssSelector("[id$=':withdraw']")).click();
            WebElement dialog = browser.find(By.cssSelector(".ui-confirm-dialog"));
            assertTrue(dialog.getText().contains(cohort), dialog.getText());
            browser.assertAccessible();
            browser.find(By.id("confirm:yes")).click();
            String withdrawn = Messages.text(language, "myTraining.withdrawn", cohort);
            assertEquals(withdrawn, browser.awaitText(By.cssSelector(".form-notices li"), withdrawn));
            WebElement after = browser.find(By.cssSelector("tr.enrolment-" + cohort));
            assertTrue(after.getText().contains(Messages.text(language, "enrolment.status.WITHDRAWN")), after.getText());
            assertTrue(after.findElements(By.cssSelector("[id$=':withdraw']")).isEmpty(), "nothing left to withdraw from");
            browser.assertAccessible();
        }
    }

    @Test
    void anAdministratorApprovesDeclinesAndNominatesOnTheRosterInBothLanguages() {
        WebClient testing = new WebClient(deploymentUrl);
        int days = 300;
        for (Language language : Language.values()) {
            String suffix = language.code().toUpperCase(Locale.ROOT);
            String cohort = "CP101-R" + suffix;
            prepare(testing, Map.of("do", "cohort", "code", cohort, "days", String.valueOf(days), "venue", "CAP-R3",
                    "seats", "10", "approval", "true"));
            days += 20;
            for (int i = 1; i <= 4; i++) {
                String number = "REQ-" + suffix + "-" + i;
                prepare(testing, Map.of("do", "trainee", "number", number, "name", "Requester " + suffix + " " + i));
                prepare(testing, Map.of("do", "place", "code", cohort, "number", number, "status", "REQUESTED"));
            }
            String nominee = "NOM-" + suffix + "-1";
            String unknown = "NO-SUCH-" + suffix;
            prepare(testing, Map.of("do", "trainee", "number", nominee, "name", "Nominee " + suffix));

            Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
            browser.open("login.xhtml?lang=" + language.code());
            browser.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
            browser.open("admin/");
            browser.find(By.cssSelector("a.roster-link[href$='code=CP205-A']"));
            browser.open("admin/cohorts/roster.xhtml?code=" + cohort);
            browser.assertAccessible();

            String first = "REQ-" + suffix + "-1";
            browser.find(By.cssSelector("[id='roster:requests'] tr.trainee-" + first + " [id$=':approve']")).click();
            String approved = Messages.text(language, "roster.approved", first, Messages.text(language, "enrolment.status.ENROLLED"));
            assertEquals(approved, browser.awaitText(By.cssSelector(".form-notices li"), approved));
            browser.find(By.cssSelector("[id='roster:enrolled'] tr.trainee-" + first));

            String second = "REQ-" + suffix + "-2";
            browser.find(By.cssSelector("[id='roster:requests'] tr.trainee-" + second + " [id$=':decline']")).click();
            browser.find(By.id("declineForm:reason"));
            browser.find(By.id("declineForm:confirmDecline")).click();
            String required = Messages.text(language, "enrolment.error.reasonRequired");
            assertEquals(required, browser.awaitText(By.cssSelector("[id='declineForm'] .ui-message-error-detail"), required),
                    "the reason is required, and said so beside it");
            browser.assertAccessible();
            String reason = language == Language.ARABIC ? "لم يُرشَّح من وحدته" : "Not nominated by their unit";
            browser.find(By.id("declineForm:reason")).sendKeys(reason);
            browser.find(By.id("declineForm:confirmDecline")).click();
            String declined = Messages.text(language, "roster.declined", second);
            assertEquals(declined, browser.awaitText(By.cssSelector(".form-notices li"), declined));
            WebElement left = browser.find(By.cssSelector("[id='roster:left'] tr.trainee-" + second));
            assertTrue(left.getText().contains(reason), left.getText());

            for (int i = 3; i <= 4; i++) {
                browser.find(By.cssSelector("[id='roster:requests'] tr.trainee-REQ-" + suffix + "-" + i + " input[type='checkbox']")).click();
            }
            browser.find(By.id("roster:approvePicked")).click();
            String fourth = Messages.text(language, "roster.approved", "REQ-" + suffix + "-4",
                    Messages.text(language, "enrolment.status.ENROLLED"));
            assertEquals(fourth, browser.awaitText(By.cssSelector(".form-notices li"), fourth));
            browser.find(By.cssSelector("[id='roster:enrolled'] tr.trainee-REQ-" + suffix + "-3"));
            assertEquals(Messages.text(language, "roster.none"),
                    browser.find(By.cssSelector("[id='roster:requests'] .ui-datatable-empty-message")).getText().strip());
            assertEquals("3 / 10", latinDigits(browser.find(By.id("seats")).getText()));
            browser.assertAccessible();
            browser.screenshotForDocs("roster-" + language.code());

            browser.find(By.id("nominate:numbers")).sendKeys(nominee + "\n" + unknown.toLowerCase(Locale.ROOT));
            browser.find(By.id("nominate:submit")).click();
            String accepted = Messages.text(language, "enrolment.status.ENROLLED");
            assertEquals(accepted, browser.awaitText(By.cssSelector("tr.result-" + nominee + " .nomination-result"), accepted));
            String refused = Messages.text(language, "roster.nominate.refused",
                    Messages.text(language, "person.error.notFound", unknown));
            assertEquals(refused, browser.awaitText(By.cssSelector("tr.result-" + unknown + " .nomination-result"), refused));
            browser.find(By.cssSelector("[id='roster:enrolled'] tr.trainee-" + nominee));
            browser.assertAccessible();
            browser.screenshotForDocs("roster-nominations-" + language.code());

            browser.find(By.cssSelector("[id='roster:enrolled'] tr.trainee-" + first + " [id$=':move']")).click();
            new Select(browser.find(By.id("moveForm:target"))).selectByValue("CP101-A");
            browser.assertAccessible();
            browser.find(By.id("moveForm:confirmMove")).click();
            String moved = Messages.text(language, "roster.moved", first, "CP101-A",
                    Messages.text(language, "enrolment.status.ENROLLED"));
            assertEquals(moved, browser.awaitText(By.cssSelector(".form-notices li"), moved));
            WebElement gone = browser.find(By.cssSelector("[id='roster:left'] tr.trainee-" + first));
            assertTrue(gone.getText().contains(Messages.text(language, "enrolment.status.WITHDRAWN")), gone.getText());

            WebElement police = browser.find(By.id("quotas:types:0:seats"));
            police.clear();
            police.sendKeys("2");
            browser.find(By.id("quotas:save")).click();
            String saved = Messages.text(language, "roster.quotas.saved", cohort);
            assertEquals(saved, browser.awaitText(By.cssSelector(".form-notices li"), saved));
            assertEquals("2", browser.find(By.id("quotas:types:0:seats")).getAttribute("value"));
            browser.assertAccessible();
        }
    }

    @Test
    void aFullCohortOffersItsWaitingListAndAClosedOneNoButtonInBothLanguages() {
        WebClient testing = new WebClient(deploymentUrl);
        int days = 400;
        for (Language language : Language.values()) {
            String suffix = language.code().toUpperCase(Locale.ROOT);
            String cohort = "CP101-F" + suffix;
            prepare(testing, Map.of("do", "cohort", "code", cohort, "days", String.valueOf(days), "venue", "CAP-R3",
                    "seats", "1", "approval", "false"));
            days += 20;
            prepare(testing, Map.of("do", "trainee", "number", "FULL-" + suffix, "name", "Seat Holder " + suffix));
            prepare(testing, Map.of("do", "place", "code", cohort, "number", "FULL-" + suffix, "status", "ENROLLED"));

            Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
            browser.open("login.xhtml?lang=" + language.code());
            browser.signIn(DemoAccounts.TRAINEE_2.username, DemoAccounts.TRAINEE_2.password);
            browser.open("courses/CP101");
            WebElement offer = browser.find(By.cssSelector("#enrol-" + cohort));
            assertTrue(offer.getText().contains(Messages.text(language, "enrolment.fullJoinWaitlist")), offer.getText());
            WebElement join = browser.find(By.id("enrolIn-" + cohort));
            assertEquals(Messages.text(language, "enrolment.joinWaitlist"), join.getText().strip());
            browser.assertAccessible();
            join.click();
            String waitlisted = Messages.text(language, "enrolment.result.waitlisted", cohort, 1);
            assertEquals(waitlisted, browser.awaitText(By.cssSelector(".form-notices li"), waitlisted));
            browser.screenshotForDocs("course-waitlisted-" + language.code());
            browser.open("trainee/");
            WebElement row = browser.find(By.cssSelector("tr.enrolment-" + cohort));
            assertTrue(row.getText().contains(Messages.text(language, "enrolment.waitlistedAt", 1)), row.getText());
            browser.assertAccessible();

            browser.open("courses/CP120");
            WebElement planned = browser.find(By.cssSelector("#enrol-CP120-S"));
            assertTrue(planned.findElements(By.tagName("button")).isEmpty(), "a planned cohort offers no button");
            assertEquals(Messages.text(language, "enrolment.notTakingRequests"),
                    planned.findElement(By.className("not-open-note")).getText().strip());
            browser.assertAccessible();
        }
    }

    @Test
    void aCoordinatorNominatesOwnPeopleWhomTheCentreThenApprovesInBothLanguages() {
        WebClient testing = new WebClient(deploymentUrl);
        int days = 500;
        for (Language language : Language.values()) {
            String suffix = language.code().toUpperCase(Locale.ROOT);
            String cohort = "CP101-P" + suffix;
            String teacher = "EDU-" + suffix;
            prepare(testing, Map.of("do", "cohort", "code", cohort, "days", String.valueOf(days), "venue", "CAP-R3",
                    "seats", "10", "approval", "false"));
            days += 20;
            prepare(testing, Map.of("do", "trainee", "number", teacher, "name", "Teacher " + suffix,
                    "organisation", "GOV-EDU"));

            Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
            browser.open("login.xhtml?lang=" + language.code());
            browser.signIn(DemoAccounts.COORDINATOR.username, DemoAccounts.COORDINATOR.password);
            browser.open("coordinator/nominate.xhtml");
            browser.assertAccessible();
            new Select(browser.find(By.id("nominate:cohort"))).selectByValue(cohort);
            browser.find(By.cssSelector("input[type='checkbox'][value='" + teacher + "']")).click();
            browser.find(By.id("nominate:numbers")).sendKeys("PS-104233");
            browser.find(By.id("nominate:submit")).click();
            String requested = Messages.text(language, "enrolment.status.REQUESTED");
            assertEquals(requested, browser.awaitText(By.cssSelector("tr.result-" + teacher + " .nomination-result"), requested));
            String notOurs = Messages.text(language, "roster.nominate.refused", Messages.text(language,
                    "enrolment.error.notYourPerson", "PS-104233",
                    language == Language.ARABIC ? "مديرية التربية والتعليم" : "Directorate of Education"));
            assertEquals(notOurs, browser.awaitText(By.cssSelector("tr.result-PS-104233 .nomination-result"), notOurs));
            browser.assertAccessible();
            browser.screenshotForDocs("coordinator-nominate-" + language.code());

            browser.open("coordinator/");
            WebElement row = browser.find(By.cssSelector("tr.training-" + teacher + "-" + cohort));
            assertTrue(row.getText().contains(requested), row.getText());
            assertTrue(browser.driver().findElements(By.cssSelector("tr[class*='training-PS-']")).isEmpty(),
                    "nobody from another organisation");
            browser.assertAccessible();
            browser.screenshotForDocs("coordinator-home-" + language.code());

            Browser admin = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
            admin.open("login.xhtml?lang=" + language.code());
            admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
            admin.open("admin/cohorts/roster.xhtml?code=" + cohort);
            WebElement request = admin.find(By.cssSelector("[id='roster:requests'] tr.trainee-" + teacher));
            assertTrue(request.getText().contains("coordinator"), "who nominated: " + request.getText());
            request.findElement(By.cssSelector("[id$=':approve']")).click();
            String approved = Messages.text(language, "roster.approved", teacher, Messages.text(language, "enrolment.status.ENROLLED"));
            assertEquals(approved, admin.awaitText(By.cssSelector(".form-notices li"), approved));

            browser.open("coordinator/");
            WebElement after = browser.find(By.cssSelector("tr.training-" + teacher + "-" + cohort));
            assertTrue(after.getText().contains(Messages.text(language, "enrolment.status.ENROLLED")), after.getText());
        }
    }

    private static String latinDigits(String text) {
        StringBuilder latin = new StringBuilder();
        text.codePoints().forEach(c -> latin.appendCodePoint(c >= '\u0660' && c <= '\u0669' ? '0' + (c - '\u0660') : c));
        return latin.toString().strip();
    }

    private static void prepare(WebClient testing, Map<String, String> fields) {
        assertEquals(204, testing.postForm("testing/cohorts", fields).statusCode(), fields.toString());
    }

}
