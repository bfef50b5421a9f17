package org.tadreeb.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.Browser;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.Prerequisites.NeedsBrowser;
import org.tadreeb.testing.WebClient;

/**
 * The category editor in headless Chromium, in both languages, checked with axe-core: an administrator adds a
 * category (after being told beside the code that it is taken), renames it, deletes it after confirming, and is
 * refused, with the number of courses, when deleting a category that courses use.
 */
@IntegrationTest
@NeedsBrowser
@RunAsClient
class CategoryBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tadreeb();
    }

    @ArquillianResource
    URL deploymentUrl;

    @RegisterExtension
    final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure();

    @Test
    void anAdministratorAddsRenamesAndDeletesACategoryInBothLanguages() {
        for (Language language : Language.values()) {
            String code = "BRW-" + language.code().toUpperCase(Locale.ROOT);
            Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
            browser.open("login.xhtml?lang=" + language.code());
            browser.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
            browser.open("admin/");
            browser.find(By.id("categoriesLink")).click();
            assertEquals(Messages.text(language, "categories.title"), browser.find(By.tagName("h1")).getText());
            browser.assertAccessible();

            // a code that is taken: the message is beside the code, in the page's language, and nothing typed is lost
            browser.find(By.id("edit:code")).sendKeys("fund");
            browser.find(By.id("edit:nameArabic")).sendKeys("فئة تجريبية " + language.code());
            browser.find(By.id("edit:nameEnglish")).sendKeys("Trial category " + language.code());
            browser.find(By.id("edit:save")).click();
            assertEquals(Messages.text(language, "category.error.codeTaken", "FUND"), besideCode(browser).getText());
            assertEquals("Trial category " + language.code(), browser.find(By.id("edit:nameEnglish")).getAttribute("value"));
            browser.assertAccessible();

            WebElement codeField = browser.find(By.id("edit:code"));
            codeField.clear();
            codeField.sendKeys(code.toLowerCase(Locale.ROOT));
            browser.find(By.id("edit:save")).click();
            String added = Messages.text(language, "categories.addedNotice", code);
            assertEquals(added, notice(browser, added));
            assertTrue(row(browser, code).getText().contains("Trial category " + language.code()));

            row(browser, code).findElement(By.cssSelector("[id$=':rename']")).click();
            browser.await(d -> code.equals(d.findElement(By.id("edit:code")).getAttribute("value")));
            assertEquals(Messages.text(language, "categories.renameTitle", code), browser.find(By.cssSelector("[id='edit'] h2")).getText());
            WebElement arabic = browser.find(By.id("edit:nameArabic"));
            arabic.clear();
            arabic.sendKeys("فئة معدلة " + language.code());
            WebElement english = browser.find(By.id("edit:nameEnglish"));
            english.clear();
            english.sendKeys("Renamed category " + language.code());
            browser.assertAccessible();
            browser.find(By.id("edit:save")).click();
            String renamedNotice = Messages.text(language, "categories.renamedNotice", code);
            assertEquals(renamedNotice, notice(browser, renamedNotice));
            String renamed = row(browser, code).getText();
            assertTrue(renamed.contains("Renamed category " + language.code()) && renamed.contains("فئة معدلة " + language.code()), renamed);

            row(browser, code).findElement(By.cssSelector("[id$=':delete']")).click();
            WebElement dialog = browser.find(By.cssSelector(".ui-confirm-dialog"));
            assertTrue(dialog.getText().contains(code), dialog.getText());
            browser.assertAccessible();
            browser.find(By.id("confirm:no")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> !dialog.isDisplayed());
            assertTrue(row(browser, code).isDisplayed(), "kept when the administrator changes their mind");

            row(browser, code).findElement(By.cssSelector("[id$=':delete']")).click();
            browser.find(By.id("confirm:yes")).click();
            String deleted = Messages.text(language, "categories.deletedNotice", code);
            assertEquals(deleted, notice(browser, deleted));
            assertTrue(browser.driver().findElements(By.xpath(rowXpath(code))).isEmpty(), "the row is gone");
            browser.screenshotForDocs("categories-" + language.code());

            row(browser, "FUND").findElement(By.cssSelector("[id$=':delete']")).click();
            browser.find(By.id("confirm:yes")).click();
            String refusal = Messages.text(language, "category.error.inUse", "FUND", coursesIn("FUND"));
            assertEquals(refusal, browser.awaitText(By.cssSelector(".form-errors li"), refusal));
            assertTrue(row(browser, "FUND").isDisplayed(), "a category in use stays");
            browser.assertAccessible();
        }
    }

    private static String rowXpath(String code) {
        return "//table//tr[td//bdi[normalize-space()='" + code + "']]";
    }

    private static WebElement row(Browser browser, String code) {
        return browser.find(By.xpath(rowXpath(code)));
    }

    /** The notice after a redirect: waits for it, so that the page being left is not read by mistake. */
    private static String notice(Browser browser, String expected) {
        return browser.awaitText(By.cssSelector(".form-notices li"), expected);
    }


    private long coursesIn(String code) {
        return WebClient.json(new WebClient(deploymentUrl).get("api/v1/categories")).asJsonArray().stream()
                .map(jakarta.json.JsonValue::asJsonObject).filter(c -> c.getString("code").equals(code))
                .findFirst().orElseThrow().getJsonNumber("courses").longValue();
    }

    private static WebElement besideCode(Browser browser) {
        return browser.find(By.xpath("//input[@id='edit:code']/ancestor::div[contains(@class,'form-row')]"
                + "//*[contains(@class,'ui-message-error-detail')]"));
    }
}
