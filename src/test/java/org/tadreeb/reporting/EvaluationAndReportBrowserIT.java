package org.tadreeb.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.LocalDate;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tadreeb.evaluation.TestEvaluations;
import org.tadreeb.evaluation.TestEvaluationsServlet;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.Browser;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.SharedDeployment;
import org.tadreeb.testing.Prerequisites.NeedsBrowser;
import org.tadreeb.testing.TestDatabase;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.TestGrading;
import org.tadreeb.testing.WebClient;

/**
 * Evaluations and the reports in headless Chromium, in both languages, each page checked with axe-core; one
 * deployment for both.
 *
 * <p>Evaluations: EVB-E (of the class's own copy of CP101, EVB1), taught by the demo instructor, is completed with
 * two trainees of the class's own, Ahmad (who answers in Arabic) and Mariam (in English): each finds the evaluation on their home page, sends the form empty and is told
 * what is missing, answers every statement with the keyboard alone and leaves a comment; then the instructor reads
 * the aggregate in each language, and an administrator's question page is checked too. Results show from two answers
 * here. These methods run first, in order. The question set, the anonymity of the course named (the class's own
 * EVB2) and the organisation types' requirements are the whole server's: each test that changes them reads them first
 * and puts them back after ({@link ReportSettingsServlet}).
 *
 * <p>Reports: the training report opens on the year to date with the same totals as the API (read at the same
 * moment, so the evaluation's cohort is counted in both), filters by course through the form into a shareable
 * address, and names a period that ends before it starts without losing what was typed; the administrator's home
 * and the annual compliance page, for administrators with their requirements and for a coordinator.
 */
@IntegrationTest
@NeedsBrowser
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationAndReportBrowserIT {

    private static final String COHORT = "EVB-E";
    /** The class's own copies of CP101 (the evaluated cohort's) and of CP310 (named for evaluation by name). */
    private static final String COURSE = "EVB1";
    private static final String NAMED_COURSE = "EVB2";
    /** The class's own trainees with accounts, in place of the demo's Ahmad and Mariam. */
    private static final String AHMAD = "EVB-101";
    private static final String MARIAM = "EVB-102";
    private static final String AHMAD_USER = "evb-ahmad";
    private static final String MARIAM_USER = "evb-mariam";

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

    /** The whole server's settings this class changes, as {@link ReportSettingsServlet} tells them. */
    private Map<String, String> settings() {
        HttpResponse<String> state = new WebClient(deploymentUrl).get("testing/report-settings?do=state");
        assertEquals(200, state.statusCode(), state.body());
        Map<String, String> settings = new java.util.HashMap<>();
        for (String line : state.body().split("\n")) {
            settings.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }
        return settings;
    }

    private void restore(Map<String, String> fields) {
        Map<String, String> form = new java.util.HashMap<>(fields);
        form.put("do", "restore");
        HttpResponse<String> restored = new WebClient(deploymentUrl).postForm("testing/report-settings", form);
        assertEquals(204, restored.statusCode(), restored.body());
    }

    private void post(String path, Map<String, String> fields) {
        HttpResponse<String> response = new WebClient(deploymentUrl).postForm(path, fields);
        assertEquals(204, response.statusCode(), path + " " + fields + ": " + response.body());
    }

    @Test
    @Order(1)
    void eachTraineeAnswersWithTheKeyboardInTheirLanguage() {
        post("testing/cohorts", Map.of("do", "course", "code", COURSE, "like", "CP101"));
        post("testing/cohorts", Map.of("do", "course", "code", NAMED_COURSE, "like", "CP310"));
        post("testing/accounts", Map.of("number", AHMAD, "username", AHMAD_USER, "name", "Ahmad EVB", "lang", "ar",
                "organisation", "CPD-CAP"));
        post("testing/accounts", Map.of("number", MARIAM, "username", MARIAM_USER, "name", "Mariam EVB", "lang", "en",
                "organisation", "CPD-CAP"));
        // Remote (no venue), from 06:00: no other class's room or hour.
        HttpResponse<String> completed = new WebClient(deploymentUrl).postForm("testing/evaluations",
                Map.of("code", COHORT, "instructor", DemoAccounts.INSTRUCTOR.username, "numbers", AHMAD + "," + MARIAM,
                        "course", COURSE, "hour", "6"));
        assertEquals(204, completed.statusCode(), completed.body());
        answer(AHMAD_USER, Language.ARABIC, new int[] {5, 4, 4, 5, 3, 4, 5, 5}, "التمارين العملية كانت الأنفع.");
        answer(MARIAM_USER, Language.ENGLISH, new int[] {4, 4, 5, 4, 2, 3, 4, 4}, "More local case studies, please.");
    }

    private void answer(String trainee, Language language, int[] scores, String comment) {
        try (Browser browser = signedIn(trainee, org.tadreeb.testing.TestAccounts.PASSWORD, language)) {
            browser.open("trainee/?lang=" + language.code());
            WebElement item = browser.find(By.cssSelector("#openEvaluations .evaluation-" + COHORT));
            assertEquals(Messages.text(language, "evaluation.open.title"), browser.find(By.id("openEvaluationsTitle")).getText());
            browser.assertAccessible();
            browser.screenshotForDocs("evaluation-open-" + language.code());
            item.findElement(By.cssSelector("a.evaluate-link")).click();

            assertEquals(Messages.text(language, "evaluation.form.titleOf", COHORT), browser.find(By.tagName("h1")).getText());
            assertEquals(language.direction(), browser.htmlAttribute("dir"));
            assertEquals(8, browser.driver().findElements(By.cssSelector("fieldset.likert legend")).size());
            browser.assertAccessible();
            browser.screenshotForDocs("evaluation-form-" + language.code());

            browser.find(By.id("evaluation:send")).click();
            String missing = Messages.text(language, "evaluation.error.answerRequired", 1);
            assertEquals(missing, browser.awaitText(By.cssSelector("fieldset.likert .ui-message-error, fieldset.likert .ui-message"), missing));
            assertEquals(8, browser.driver().findElements(By.cssSelector("fieldset.likert .ui-message-error")).size());
            browser.assertAccessible();

            for (int q = 0; q < scores.length; q++) {
                WebElement first = browser.find(By.id("evaluation:questions:" + q + ":score:0"));
                first.sendKeys(Keys.SPACE);
                for (int step = 1; step < scores[q]; step++) {
                    browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
                }
                browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            }
            for (int q = 0; q < scores.length; q++) {
                WebElement chosen = browser.driver().findElement(By.cssSelector(
                        "input[name='evaluation:questions:" + q + ":score']:checked"));
                assertEquals(Integer.toString(scores[q]), chosen.getAttribute("value"), "statement " + (q + 1));
            }
            browser.find(By.id("evaluation:comment")).sendKeys(comment);
            browser.find(By.id("evaluation:send")).click();
            String thanks = Messages.text(language, "evaluation.received", COHORT);
            assertEquals(thanks, browser.awaitText(By.cssSelector(".form-notices li"), thanks));
            assertEquals(Messages.text(language, "evaluation.open.none"), browser.find(By.id("noOpenEvaluations")).getText());
            browser.assertAccessible();
        }
    }

    @Test
    @Order(2)
    void theInstructorReadsTheAggregateInBothLanguages() {
        for (Language language : Language.values()) {
            try (Browser browser = signedIn(DemoAccounts.INSTRUCTOR, language)) {
                browser.open("instructor/?lang=" + language.code());
                browser.find(By.id("evaluationsLink")).click();
                assertEquals(Messages.text(language, "evaluation.results.title"), browser.find(By.tagName("h1")).getText());
                WebElement row = browser.find(By.cssSelector("tr.survey-" + COHORT));
                assertTrue(browser.driver().findElements(By.cssSelector("tr.survey-CP101-0")).size() == 1, "the demo's cohort too");
                browser.assertAccessible();
                row.findElement(By.cssSelector("a.results-link")).click();

                assertEquals(Messages.text(language, "evaluation.results.titleOf", COHORT), browser.find(By.tagName("h1")).getText());
                String responses = Messages.text(language, "evaluation.results.responsesOf", 2, 2);
                assertEquals(responses, browser.awaitText(By.id("responses"), responses));
                List<String> comments = browser.driver().findElements(By.cssSelector("#comments li")).stream()
                        .map(WebElement::getText).sorted().toList();
                assertEquals(List.of("More local case studies, please.", "التمارين العملية كانت الأنفع."), comments);
                WebElement first = browser.find(By.cssSelector("#questionResults tr.question-1"));
                assertEquals(java.text.NumberFormat.getNumberInstance(language.locale()).format(4.5), first.findElement(By.cssSelector("td.mean")).getText());
                String page = browser.driver().getPageSource();
                assertTrue(!page.contains("Ahmad") && !page.contains("Mariam") && !page.contains("EVB-10")
                        && !page.contains(AHMAD_USER) && !page.contains(MARIAM_USER), "no names");
                browser.assertAccessible();
                browser.screenshotForDocs("evaluation-results-" + language.code());
            }
        }
    }

    @Test
    @Order(3)
    void theAdministratorsQuestionPageInBothLanguages() {
        Map<String, String> before = settings();
        int version = Integer.parseInt(before.get("version"));
        int questions = Integer.parseInt(before.get("questions"));
        assertEquals(8, questions, "the demo's questions, as every class leaves them");
        try {
            for (Language language : Language.values()) {
                try (Browser browser = signedIn(DemoAccounts.ADMIN, language)) {
                    browser.open("admin/?lang=" + language.code());
                    browser.find(By.id("evaluationQuestionsLink")).click();
                    assertEquals(Messages.text(language, "evaluation.questions.title"), browser.find(By.tagName("h1")).getText());
                    assertEquals(questions, browser.driver().findElements(By.cssSelector("fieldset.question-editor")).size());
                    browser.assertAccessible();
                    browser.screenshotForDocs("evaluation-questions-" + language.code());
                    if (language == Language.ENGLISH) {
                        publishANewVersion(browser, language, version + 1, questions);
                    }
                    browser.open("admin/evaluation-results.xhtml?lang=" + language.code());
                    browser.find(By.cssSelector("tr.survey-" + COHORT));
                    browser.assertAccessible();
                }
            }
        } finally {
            // The question set and the courses' anonymity are every class's: put them back.
            restore(Map.of("version", Integer.toString(version), "anonymous", NAMED_COURSE));
        }
        assertEquals(Integer.toString(questions), settings().get("questions"), "the questions are as they were");
    }

    /**
     * Clears a statement (refused beside it, nothing published), then rewrites it, removes the last one and
     * publishes the next version after confirming; then names a course for evaluation by name.
     */
    private static void publishANewVersion(Browser browser, Language language, int next, int questions) {
        WebElement english = browser.find(By.id("questions:rows:0:textEnglish"));
        english.clear();
        browser.find(By.id("questions:publish")).click();
        browser.find(By.id("confirm:yes")).click();
        String required = Messages.text(language, "evaluation.error.textRequired", 1);
        assertEquals(required, browser.awaitText(By.cssSelector("fieldset.question-1 .ui-message-error"), required));
        browser.assertAccessible();

        browser.find(By.id("questions:rows:0:textEnglish")).sendKeys("The content suited my work.");
        browser.find(By.id("questions:rows:" + (questions - 1) + ":remove")).click();
        browser.await(d -> d.findElements(By.cssSelector("fieldset.question-editor")).size() == questions - 1);
        browser.find(By.id("questions:publish")).click();
        browser.find(By.id("confirm:yes")).click();
        String published = Messages.text(language, "evaluation.questions.published", next);
        assertEquals(published, browser.awaitText(By.cssSelector(".form-notices li"), published));
        assertEquals("The content suited my work.", browser.find(By.id("questions:rows:0:textEnglish")).getAttribute("value"));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#versions tr.version-" + next)).size());

        new org.openqa.selenium.support.ui.Select(browser.find(By.id("anonymity:course"))).selectByValue(NAMED_COURSE);
        browser.find(By.id("anonymity:named")).click();
        browser.find(By.id("anonymity:saveAnonymity")).click();
        String named = Messages.text(language, "evaluation.anonymity.named", NAMED_COURSE);
        assertEquals(named, browser.awaitText(By.cssSelector(".form-notices li"), named));
        assertTrue(browser.find(By.id("namedCourses")).getText().contains(NAMED_COURSE));
        browser.assertAccessible();
    }


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
        String requirements = settings().get("requirements");
        try {
            checkCompliance();
        } finally {
            // The organisation types' requirements are every class's: put them back.
            restore(Map.of("requirements", requirements));
        }
        assertEquals(requirements, settings().get("requirements"), "the requirements are as they were");
    }

    private void checkCompliance() {
        List<String> coordinatorsPeople = List.of(new WebClient(deploymentUrl)
                .get("testing/report-settings?do=people&organisation=GOV-EDU").body().split("\n"));
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
                        .allMatch(row -> coordinatorsPeople.contains(row.getAttribute("data-number"))),
                        "only people of the coordinator's organisation, GOV-EDU: " + coordinatorsPeople);
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
