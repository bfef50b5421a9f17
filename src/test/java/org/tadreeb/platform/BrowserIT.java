package org.tadreeb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tadreeb.people.imports.RowProblem;
import org.tadreeb.people.imports.TraineeColumn;
import org.tadreeb.people.imports.TraineeFiles;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.Browser;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.SharedDeployment;
import org.tadreeb.testing.TestAccounts;
import org.tadreeb.testing.Prerequisites.NeedsBrowser;
import org.tadreeb.testing.WebClient;

/**
 * What a person sees, in headless Chromium, in both languages; every page visited is checked with axe-core: the
 * language switch, each role's home, a wrong password, a forbidden page; an administrator registers a person and
 * imports trainees from a file (a messy one shows its problems, an unknown header is mapped by hand, a file that is
 * not what it claims is named). Each test uses people of its own.
 * <p>
 * The class shares its server and database with every other test class (SharedDeployment), in any order. A signed-in
 * choice of language is remembered for the account, so every account signed in here is this class's own (brw....,
 * with the role of the demo account it stands for; password TestAccounts.PASSWORD): no demo account's language is
 * left changed for the classes that come after.
 */
@IntegrationTest
@NeedsBrowser
@RunAsClient
class BrowserIT {

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.archive();
    }

    @ArquillianResource
    URL deploymentUrl;

    @RegisterExtension
    final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure();

    /** The files the import tests upload. */
    @TempDir
    Path files;

    private Browser browser(String acceptLanguage) {
        return screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), acceptLanguage));
    }

    /** The accounts of this class already opened on the shared server (once per Maven pass). */
    private static final java.util.Set<String> OPENED = new java.util.HashSet<>();

    /** An account of this class's own with the role given, preferring English, opened the first time it is asked for. */
    private String account(String username, String role) {
        synchronized (OPENED) {
            if (OPENED.add(username)) {
                HttpResponse<String> opened = new WebClient(deploymentUrl).postForm("testing/accounts", Map.of(
                        "number", "BRW-" + username.substring(4).replace('.', '-').toUpperCase(java.util.Locale.ROOT),
                        "username", username, "name", "Browser " + username, "lang", "en", "roles", role));
                assertEquals(204, opened.statusCode(), opened.body());
            }
        }
        return username;
    }

    /** This class's administrator, standing in for the demo one. */
    private String administrator() {
        return account("brw.admin", "ADMINISTRATOR");
    }

    @Test
    void theLanguageSwitchFlipsTheDirectionAndTheChoiceSticksAfterSignIn() {
        Browser browser = browser("en-US,en");
        browser.open("");
        assertEquals("en", browser.htmlAttribute("lang"));
        assertEquals("ltr", browser.htmlAttribute("dir"));
        browser.assertAccessible();

        browser.find(By.id("languageSwitch")).click();
        browser.find(By.cssSelector("html[dir='rtl']"));
        assertEquals("ar", browser.htmlAttribute("lang"));
        assertEquals(Messages.text(Language.ARABIC, "home.title"), browser.heading());
        browser.assertAccessible();

        // The trainee prefers English on the account, but chose Arabic in this browser before signing in
        String trainee = account("brw.switch", "TRAINEE");
        browser.open("login.xhtml");
        assertEquals("rtl", browser.htmlAttribute("dir"));
        browser.assertAccessible();
        browser.signIn(trainee, TestAccounts.PASSWORD);
        assertEquals("/trainee/", browser.path());
        assertEquals("rtl", browser.htmlAttribute("dir"));
        assertEquals(Messages.text(Language.ARABIC, "trainee.home.title"), browser.heading());
        browser.assertAccessible();

        // ... and the account remembers it: a browser that never chose still gets Arabic after signing in
        Browser another = browser("en-US,en");
        another.open("login.xhtml");
        assertEquals("ltr", another.htmlAttribute("dir"));
        another.signIn(trainee, TestAccounts.PASSWORD);
        assertEquals("/trainee/", another.path());
        assertEquals("rtl", another.htmlAttribute("dir"));
    }

    @ParameterizedTest
    @EnumSource(value = DemoAccounts.class, names = {"ADMIN", "INSTRUCTOR", "TRAINEE"})
    void eachRoleSignsInAndSeesItsHomeInArabicAndInEnglish(DemoAccounts account) {
        // An account of this class's own with the demo account's role (and so its home).
        String username = account("brw.home." + account.name().toLowerCase(java.util.Locale.ROOT), switch (account) {
            case ADMIN -> "ADMINISTRATOR";
            case INSTRUCTOR -> "INSTRUCTOR";
            default -> "TRAINEE";
        });
        for (Language language : Language.values()) {
            Browser browser = browser(language.code());
            browser.open("login.xhtml?lang=" + language.code());
            assertEquals(language.direction(), browser.htmlAttribute("dir"));
            browser.signIn(username, TestAccounts.PASSWORD);
            assertEquals(account.home, browser.path(), account + " in " + language);
            assertEquals(language.code(), browser.htmlAttribute("lang"));
            assertEquals(language.direction(), browser.htmlAttribute("dir"));
            String titleKey = switch (account) {
                case ADMIN -> "admin.home.title";
                case INSTRUCTOR -> "instructor.home.title";
                default -> "trainee.home.title";
            };
            assertEquals(Messages.text(language, titleKey), browser.heading());
            browser.assertAccessible();
            browser.screenshotForDocs(account.name().toLowerCase(java.util.Locale.ROOT) + "-home-" + language.code());

            browser.find(By.id("signOutForm:signOut")).click();
            browser.find(By.cssSelector(".notice"));
            assertEquals(Messages.text(language, "home.signedOut"), browser.find(By.cssSelector(".notice")).getText());
        }
    }

    @Test
    void aWrongPasswordShowsOneClearMessageAndKeepsTheUserName() {
        // Failed sign-ins count against the account: this class's own, not a demo one.
        String trainee = account("brw.wrong", "TRAINEE");
        for (Language language : Language.values()) {
            Browser browser = browser(language.code());
            browser.open("login.xhtml?lang=" + language.code());
            browser.signIn(trainee, "wrong-password");
            assertEquals("/login.xhtml", browser.path());
            assertEquals(Messages.text(language, "signIn.error.failed"),
                    browser.find(By.cssSelector("#signIn\\:messages li")).getText());
            assertEquals(trainee, browser.find(By.id("signIn:username")).getAttribute("value"));
            browser.assertAccessible();
            browser.screenshotForDocs("sign-in-error-" + language.code());
        }
    }

    @Test
    void theAccessibilityCheckNamesWhatAPageBreaksEachTimeItLooks() {
        Browser browser = browser("en");
        browser.open("test-inaccessible.html"); // src/test/webapp: a page that breaks two rules
        for (int look = 1; look <= 2; look++) {
            AssertionError found = assertThrows(AssertionError.class, browser::assertAccessible, "look " + look);
            assertTrue(found.getMessage().contains("- label:") && found.getMessage().contains("#nameless"), found.getMessage());
            assertTrue(found.getMessage().contains("- image-alt:"), found.getMessage());
        }
    }

    @Test
    void aForbiddenPageIsFriendlyAndAccessible() {
        Browser browser = browser("ar");
        browser.open("login.xhtml?lang=ar");
        browser.signIn(account("brw.forbidden", "TRAINEE"), TestAccounts.PASSWORD);
        browser.open("admin/");
        assertEquals(Messages.text(Language.ARABIC, "error.forbidden.title"), browser.heading());
        browser.assertAccessible();
        browser.screenshotForDocs("forbidden-ar");
    }

    @Test
    void anAdministratorRegistersAPersonFixingTheMistakesAndFindsThemAgain() {
        for (Language language : Language.values()) {
            String number = "BRW-" + language.code().toUpperCase(java.util.Locale.ROOT);
            Browser browser = browser(language.code());
            browser.open("login.xhtml?lang=" + language.code());
            browser.signIn(administrator(), TestAccounts.PASSWORD);
            browser.open("admin/people/person.xhtml");
            browser.assertAccessible();
            browser.find(By.id("person:serviceNumber")).sendKeys(number);
            browser.find(By.id("person:nameArabic")).sendKeys("إسراء الحسيني");
            browser.find(By.id("person:nameLatin")).sendKeys("Israa Al-Husseini " + language.code());
            browser.find(By.id("person:email")).sendKeys("israa-at-example");
            browser.find(By.id("person:phone")).sendKeys("call me");
            browser.find(By.id("person:save")).click();
            browser.find(By.cssSelector(".ui-message-error"));

            String page = browser.driver().getPageSource();
            assertTrue(page.contains(Messages.text(language, "person.error.emailMalformed", "israa-at-example")));
            assertTrue(page.contains(Messages.text(language, "person.error.phoneMalformed", "call me")));
            assertEquals("إسراء الحسيني", browser.find(By.id("person:nameArabic")).getAttribute("value"), "nothing typed is lost");
            browser.assertAccessible();

            clearAndType(browser, "person:email", "israa." + language.code() + "@example.org");
            clearAndType(browser, "person:phone", "+962 79 123 4567");
            browser.find(By.id("person:save")).click();
            browser.find(By.cssSelector(".form-notices li"));
            assertTrue(browser.driver().getCurrentUrl().contains("number=" + number));
            assertEquals(Messages.text(language, "person.registered", number),
                    browser.find(By.cssSelector(".form-notices li")).getText());

            browser.open("admin/people/");
            browser.find(By.id("search:text")).sendKeys("اسراء الحسيني " + language.code());
            browser.find(By.id("search:go")).click();
            browser.await(d -> d.findElement(By.id("results:people")).getText().contains(number));
            browser.assertAccessible();
            browser.screenshotForDocs("people-search-" + language.code());
        }
    }

    @Test
    void anAdministratorQualifiesAnInstructorForACourseAndWithdrawsIt() {
        String instructor = account("brw.teacher", "INSTRUCTOR");
        String number = "BRW-TEACHER";
        // A course of this class's own, so that no other class's planning sees this instructor offered.
        HttpResponse<String> course = new WebClient(deploymentUrl).postForm("testing/cohorts",
                Map.of("do", "course", "like", "CP101", "code", "BRW101"));
        assertTrue(course.statusCode() < 300, course.body());
        Browser browser = browser("en");
        browser.open("login.xhtml?lang=en");
        browser.signIn(administrator(), TestAccounts.PASSWORD);
        browser.open("admin/people/person.xhtml?number=" + number.toLowerCase(java.util.Locale.ROOT) + "&lang=en");
        assertTrue(browser.find(By.id("qualifications:list")).getText()
                .contains(Messages.text(Language.ENGLISH, "qualification.none")), instructor + " has none yet");
        browser.assertAccessible();

        // PrimeFaces' menu keeps its value in a hidden select: the form posts that.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('qualifications:course_input').value = 'BRW101';");
        browser.find(By.id("qualifications:qualify")).click();
        assertEquals(Messages.text(Language.ENGLISH, "qualification.saved", "BRW101"),
                browser.find(By.cssSelector(".form-notices li")).getText());
        String listed = browser.find(By.id("qualifications:list")).getText();
        assertTrue(listed.contains("BRW101") && listed.contains(Messages.text(Language.ENGLISH, "qualification.noExpiry")),
                listed);

        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.confirm = () => true;");
        browser.find(By.id("qualifications:list:0:withdraw")).click();
        assertEquals(Messages.text(Language.ENGLISH, "qualification.withdrawn", "BRW101"),
                browser.find(By.cssSelector(".form-notices li")).getText());
        assertTrue(browser.find(By.id("qualifications:list")).getText()
                .contains(Messages.text(Language.ENGLISH, "qualification.none")), "withdrawn");
    }

    private static void clearAndType(Browser browser, String id, String text) {
        org.openqa.selenium.WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void inArabicAMessyFileShowsItsProblemsAndACleanOneImports() throws IOException {
        Browser browser = signedInAdmin(Language.ARABIC);
        browser.find(By.id("importTrainees")).click();
        assertEquals(Messages.text(Language.ARABIC, "import.title"), browser.heading());
        browser.assertAccessible();

        upload(browser, file("messy.csv", TraineeFiles.utf8(TraineeFiles.MESSY)));
        assertEquals(format(Language.ARABIC, "import.problems.alert", 4L), browser.find(By.id("problemSummary")).getText());
        List<WebElement> firstRow = browser.driver().findElements(By.cssSelector("#check\\:problems tbody tr:first-child td"));
        RowProblem first = TraineeFiles.MESSY_PROBLEMS.get(0);
        assertTrue(firstRow.get(3).getText().endsWith(first.message(Language.ARABIC)), firstRow.get(3).getText());
        assertFalse(browser.find(By.id("check:confirm")).isEnabled(), "no import while a row has a problem");
        browser.assertAccessible();
        browser.screenshotForDocs("import-problems-ar");

        upload(browser, file("نظيف.csv", TraineeFiles.utf8(TraineeFiles.clean("BRAR", 3, "07500"))));
        assertEquals(format(Language.ARABIC, "import.ready", 3L, 0L), browser.find(By.id("ready")).getText());
        browser.assertAccessible();
        browser.find(By.id("check:confirm")).click();
        assertEquals(format(Language.ARABIC, "import.done", 3L, 0L), browser.find(By.id("done")).getText());
        browser.assertAccessible();
        assertTrue(browser.find(By.id("result:downloadReport")).isDisplayed());
    }

    @Test
    void inEnglishAnUnknownHeaderIsMappedByHandThenTheFileImports() throws IOException {
        Browser browser = signedInAdmin(Language.ENGLISH);
        browser.open("admin/people/import.xhtml");
        String csv = TraineeFiles.clean("BREN", 2, "07400").replaceFirst("name_en", "Nom latin");
        upload(browser, file("trainees.csv", TraineeFiles.utf8(csv)));
        assertTrue(browser.find(By.id("problemSummary")).isDisplayed());
        assertEquals(Messages.text(Language.ENGLISH, "import.problem.missingColumn", 1, "Latin name", "", 0),
                browser.find(By.cssSelector("#check\\:problems tbody tr:first-child td:last-child")).getText()
                        .replace(Messages.text(Language.ENGLISH, "import.problems.message"), "").strip());
        browser.assertAccessible();

        new Select(browser.find(By.id("check:columns:" + TraineeColumn.NAME_LATIN.ordinal() + ":header")))
                .selectByVisibleText("Nom latin");
        browser.find(By.id("check:apply")).click();
        assertEquals(format(Language.ENGLISH, "import.ready", 2L, 0L), browser.find(By.id("ready")).getText());
        browser.assertAccessible();
        browser.screenshotForDocs("import-ready-en");
        browser.find(By.id("check:confirm")).click();
        assertEquals(format(Language.ENGLISH, "import.done", 2L, 0L), browser.find(By.id("done")).getText());
        browser.assertAccessible();
    }

    @Test
    void aFileThatIsNotWhatItClaimsGetsAClearMessage() throws IOException {
        Browser browser = signedInAdmin(Language.ENGLISH);
        browser.open("admin/people/import.xhtml");
        upload(browser, file("trainees.xlsx", TraineeFiles.utf8(TraineeFiles.MESSY)));
        assertEquals(Messages.text(Language.ENGLISH, "import.error.notXlsx"),
                browser.find(By.cssSelector("#upload\\:messages li")).getText());
        browser.assertAccessible();
    }

    private Browser signedInAdmin(Language language) {
        Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
        browser.open("login.xhtml?lang=" + language.code());
        browser.signIn(administrator(), TestAccounts.PASSWORD);
        return browser;
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    private static void upload(Browser browser, Path file) {
        browser.find(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        browser.find(By.id("upload:submit")).click();
    }

    /** A text as h:outputFormat writes it: MessageFormat in the page's language. */
    private static String format(Language language, String key, Object... arguments) {
        return new MessageFormat(Messages.bundle(language).getString(key), language.locale()).format(arguments);
    }
}
