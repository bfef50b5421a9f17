package org.tadreeb.enrolment;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.Browser;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.SharedDeployment;
import org.tadreeb.testing.TestAccounts;
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
 * <p>
 * The class shares its server and database with every other test class (SharedDeployment), in any order. Every
 * test makes what it uses: courses like demo ones (ENB...), cohorts ENB-... without an instructor in the hall
 * ENB-HALL (so that no other class's meetings clash with them), trainees ENB-... and accounts enb.... of its own —
 * administrators and a coordinator too, since signing in after choosing a language is remembered for the account.
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

    /** This class's hall, made once per server: its cohorts meet there, without an instructor. */
    private static final String HALL = "ENB-HALL";
    private static boolean hallMade;

    private void hall(WebClient testing) {
        synchronized (EnrolmentBrowserIT.class) {
            if (!hallMade) {
                prepareOwn(testing, Map.of("do", "venue", "code", HALL));
                hallMade = true;
            }
        }
    }

    /** A course of this test's own like a demo one, and an open cohort of it (no instructor, in this class's hall). */
    private void ownCohort(WebClient testing, String code, String course, int days, int seats, boolean approval) {
        hall(testing);
        prepareOwn(testing, Map.of("do", "cohort", "code", code, "course", course, "days", String.valueOf(days),
                "venue", HALL, "seats", String.valueOf(seats), "approval", String.valueOf(approval)));
    }

    private static void account(WebClient testing, String number, String username, String roles) {
        prepare(testing, "testing/accounts", Map.of("number", number, "username", username, "name", "Browser " + username,
                "lang", "en", "roles", roles));
    }

    @Test
    void aTraineeEnrolsFromTheCoursePageAndWithdrawsFromMyTrainingInBothLanguages() {
        WebClient testing = new WebClient(deploymentUrl);
        for (Language language : Language.values()) {
            // An open cohort of a course of this test's own, like the demo's CP130 and CP120 (no prerequisites),
            // and a trainee of its own who is in nothing.
            String suffix = language.code().toUpperCase(Locale.ROOT);
            String course = "ENB" + suffix;
            String cohort = course + "-A";
            String trainee = "enb.learner." + language.code();
            prepareOwn(testing, Map.of("do", "course", "code", course,
                    "like", language == Language.ARABIC ? "CP130" : "CP120"));
            ownCohort(testing, cohort, course, language == Language.ARABIC ? 280 : 290, 24, false);
            account(testing, "ENB-LEARN-" + suffix, trainee, "TRAINEE");
            Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
            // The language is chosen on the home page: a ?lang= on /courses/... is shown but not always remembered
            // (the short-address filter may forward before the language filter has stored the choice).
            browser.open("?lang=" + language.code());
            browser.open("courses/" + course);
            browser.assertAccessible();
            browser.find(By.cssSelector("#enrol-" + cohort + " a.sign-in-to-enrol")).click();
            browser.signIn(trainee, TestAccounts.PASSWORD);
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
        int days = 330;
        for (Language language : Language.values()) {
            String suffix = language.code().toUpperCase(Locale.ROOT);
            // A course of this test's own like CP101, with two cohorts: one to work on, one to move a trainee to.
            String course = "ENBR" + suffix;
            String cohort = "ENB-R" + suffix;
            String target = "ENB-R" + suffix + "-2";
            prepareOwn(testing, Map.of("do", "course", "code", course, "like", "CP101"));
            ownCohort(testing, cohort, course, days, 10, true);
            ownCohort(testing, target, course, days + 10, 10, false);
            days += 20;
            for (int i = 1; i <= 4; i++) {
                String number = "ENB-REQ-" + suffix + "-" + i;
                prepare(testing, Map.of("do", "trainee", "number", number, "name", "Requester " + suffix + " " + i));
                prepare(testing, Map.of("do", "place", "code", cohort, "number", number, "status", "REQUESTED"));
            }
            String nominee = "ENB-NOM-" + suffix + "-1";
            String unknown = "ENB-NO-SUCH-" + suffix;
            prepare(testing, Map.of("do", "trainee", "number", nominee, "name", "Nominee " + suffix));
            String administrator = "enb.roster." + language.code();
            account(testing, "ENB-ROSTER-" + suffix, administrator, "ADMINISTRATOR");

            Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
            browser.open("login.xhtml?lang=" + language.code());
            browser.signIn(administrator, TestAccounts.PASSWORD);
            browser.open("admin/");
            // The home lists the ten soonest live cohorts, whichever classes made them: each links to its roster.
            browser.find(By.cssSelector("[id$='upcoming'] a.roster-link"));
            List<WebElement> upcoming = browser.driver().findElements(By.cssSelector("[id$='upcoming'] tbody tr"));
            assertTrue(!upcoming.isEmpty(), "the admin home lists upcoming cohorts");
            for (WebElement row : upcoming) {
                String code = row.findElement(By.cssSelector("a.code")).getText().strip();
                assertTrue(row.findElement(By.cssSelector("a.roster-link")).getAttribute("href")
                        .endsWith("admin/cohorts/roster.xhtml?code=" + code), code);
            }
            browser.open("admin/cohorts/roster.xhtml?code=" + cohort);
            browser.assertAccessible();

            String first = "ENB-REQ-" + suffix + "-1";
            browser.find(By.cssSelector("[id='roster:requests'] tr.trainee-" + first + " [id$=':approve']")).click();
            String approved = Messages.text(language, "roster.approved", first, Messages.text(language, "enrolment.status.ENROLLED"));
            assertEquals(approved, browser.awaitText(By.cssSelector(".form-notices li"), approved));
            browser.find(By.cssSelector("[id='roster:enrolled'] tr.trainee-" + first));

            String second = "ENB-REQ-" + suffix + "-2";
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
                browser.find(By.cssSelector("[id='roster:requests'] tr.trainee-ENB-REQ-" + suffix + "-" + i + " input[type='checkbox']")).click();
            }
            browser.find(By.id("roster:approvePicked")).click();
            String fourth = Messages.text(language, "roster.approved", "ENB-REQ-" + suffix + "-4",
                    Messages.text(language, "enrolment.status.ENROLLED"));
            assertEquals(fourth, browser.awaitText(By.cssSelector(".form-notices li"), fourth));
            browser.find(By.cssSelector("[id='roster:enrolled'] tr.trainee-ENB-REQ-" + suffix + "-3"));
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
            new Select(browser.find(By.id("moveForm:target"))).selectByValue(target);
            browser.assertAccessible();
            browser.find(By.id("moveForm:confirmMove")).click();
            String moved = Messages.text(language, "roster.moved", first, target,
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
            // A course of this test's own like CP101, with a full cohort and one that is only planned.
            String course = "ENBF" + suffix;
            String cohort = "ENB-F" + suffix;
            String planned = "ENB-F" + suffix + "-PLAN";
            prepareOwn(testing, Map.of("do", "course", "code", course, "like", "CP101"));
            ownCohort(testing, cohort, course, days, 1, false);
            hall(testing);
            prepareOwn(testing, Map.of("do", "cohort", "code", planned, "course", course, "days", String.valueOf(days + 10),
                    "venue", HALL, "seats", "30", "approval", "false", "open", "false"));
            days += 20;
            prepare(testing, Map.of("do", "trainee", "number", "ENB-FULL-" + suffix, "name", "Seat Holder " + suffix));
            prepare(testing, Map.of("do", "place", "code", cohort, "number", "ENB-FULL-" + suffix, "status", "ENROLLED"));
            String waiter = "enb.waiter." + language.code();
            account(testing, "ENB-WAIT-" + suffix, waiter, "TRAINEE");

            Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
            browser.open("login.xhtml?lang=" + language.code());
            browser.signIn(waiter, TestAccounts.PASSWORD);
            browser.open("courses/" + course);
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

            browser.open("courses/" + course);
            WebElement plannedOffer = browser.find(By.cssSelector("#enrol-" + planned));
            assertTrue(plannedOffer.findElements(By.tagName("button")).isEmpty(), "a planned cohort offers no button");
            assertEquals(Messages.text(language, "enrolment.notTakingRequests"),
                    plannedOffer.findElement(By.className("not-open-note")).getText().strip());
            browser.assertAccessible();
        }
    }

    @Test
    void aCoordinatorNominatesOwnPeopleWhomTheCentreThenApprovesInBothLanguages() {
        WebClient testing = new WebClient(deploymentUrl);
        int days = 500;
        for (Language language : Language.values()) {
            String suffix = language.code().toUpperCase(Locale.ROOT);
            String course = "ENBP" + suffix;
            String cohort = "ENB-P" + suffix;
            String teacher = "ENB-EDU-" + suffix;
            // Someone of another organisation (CPD-CAP), of this test's own.
            String notOursNumber = "ENB-CAP-" + suffix;
            prepareOwn(testing, Map.of("do", "course", "code", course, "like", "CP101"));
            ownCohort(testing, cohort, course, days, 10, false);
            days += 20;
            prepare(testing, Map.of("do", "trainee", "number", teacher, "name", "Teacher " + suffix,
                    "organisation", "GOV-EDU"));
            prepare(testing, Map.of("do", "trainee", "number", notOursNumber, "name", "Officer " + suffix));
            String coordinator = "enb.coordinator." + language.code();
            prepareOwn(testing, Map.of("do", "coordinator", "number", "ENB-COORD-" + suffix, "username", coordinator,
                    "organisation", "GOV-EDU"));
            String administrator = "enb.approver." + language.code();
            account(testing, "ENB-APPROVE-" + suffix, administrator, "ADMINISTRATOR");

            Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
            browser.open("login.xhtml?lang=" + language.code());
            browser.signIn(coordinator, TestAccounts.PASSWORD);
            browser.open("coordinator/nominate.xhtml");
            browser.assertAccessible();
            new Select(browser.find(By.id("nominate:cohort"))).selectByValue(cohort);
            browser.find(By.cssSelector("input[type='checkbox'][value='" + teacher + "']")).click();
            browser.find(By.id("nominate:numbers")).sendKeys(notOursNumber);
            browser.find(By.id("nominate:submit")).click();
            String requested = Messages.text(language, "enrolment.status.REQUESTED");
            assertEquals(requested, browser.awaitText(By.cssSelector("tr.result-" + teacher + " .nomination-result"), requested));
            String notOurs = Messages.text(language, "roster.nominate.refused", Messages.text(language,
                    "enrolment.error.notYourPerson", notOursNumber,
                    language == Language.ARABIC ? "مديرية التربية والتعليم" : "Directorate of Education"));
            assertEquals(notOurs, browser.awaitText(By.cssSelector("tr.result-" + notOursNumber + " .nomination-result"), notOurs));
            browser.assertAccessible();
            browser.screenshotForDocs("coordinator-nominate-" + language.code());

            browser.open("coordinator/");
            WebElement row = browser.find(By.cssSelector("tr.training-" + teacher + "-" + cohort));
            assertTrue(row.getText().contains(requested), row.getText());
            assertTrue(browser.driver().findElements(By.cssSelector("tr[class*='training-PS-']")).isEmpty()
                    && browser.driver().findElements(By.cssSelector("tr[class*='training-" + notOursNumber + "-']")).isEmpty(),
                    "nobody from another organisation");
            browser.assertAccessible();
            browser.screenshotForDocs("coordinator-home-" + language.code());

            Browser admin = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
            admin.open("login.xhtml?lang=" + language.code());
            admin.signIn(administrator, TestAccounts.PASSWORD);
            admin.open("admin/cohorts/roster.xhtml?code=" + cohort);
            WebElement request = admin.find(By.cssSelector("[id='roster:requests'] tr.trainee-" + teacher));
            assertTrue(request.getText().contains(coordinator), "who nominated: " + request.getText());
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
        prepare(testing, "testing/cohorts", fields);
    }

    /** Through this package's own door ({@link EnrolmentTestingServlet}). */
    private static void prepareOwn(WebClient testing, Map<String, String> fields) {
        prepare(testing, "testing/enrolment", fields);
    }

    private static void prepare(WebClient testing, String path, Map<String, String> fields) {
        var answer = testing.postForm(path, fields);
        assertEquals(204, answer.statusCode(), path + " " + fields + ": " + answer.body());
    }

}
