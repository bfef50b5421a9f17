package org.tadreeb.people.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
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

/** The import page in headless Chromium, in both languages, checked with axe-core at every step. */
@IntegrationTest
@NeedsBrowser
@RunAsClient
class TraineeImportBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tadreeb();
    }

    @ArquillianResource
    URL deploymentUrl;

    @RegisterExtension
    final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure();

    @TempDir
    Path files;

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
        browser.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
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
