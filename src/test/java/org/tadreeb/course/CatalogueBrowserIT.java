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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
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
 * The catalogue's editors in headless Chromium, in both languages, checked with axe-core. The category editor: an
 * administrator adds a category (after being told beside the code that it is taken), renames it, deletes it after
 * confirming, and is refused, with the number of courses, when deleting a category that courses use. The course
 * pages: an administrator builds a course with a two-part assessment scheme, is told beside the scheme that the
 * weights do not total 100, fixes them, and the public course page and catalogue show the course. The tests share
 * one database: the categories BRW-AR/BRW-EN and the courses BRW-AR/BRW-EN (in PREV) live in separate tables, and the
 * number of FUND's courses is read when it is checked.
 */
@IntegrationTest
@NeedsBrowser
@RunAsClient
class CatalogueBrowserIT {

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
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !dialog.isDisplayed());
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

    @Test
    void anAdministratorBuildsACourseWithItsSchemeFixingTheWeightsInBothLanguages() {
        for (Language language : Language.values()) {
            String code = "BRW-" + language.code().toUpperCase(Locale.ROOT);
            String arabicTitle = "السلامة المجتمعية في الأسواق " + language.code();
            String englishTitle = "Community Safety in Markets " + language.code();
            Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
            browser.open("login.xhtml?lang=" + language.code());
            browser.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
            browser.open("admin/courses/");
            browser.assertAccessible();
            browser.find(By.id("createCourse")).click();
            browser.find(By.id("course:code")).sendKeys(code);
            new Select(browser.find(By.id("course:category"))).selectByValue("PREV");
            browser.find(By.id("course:titleArabic")).sendKeys(arabicTitle);
            browser.find(By.id("course:titleEnglish")).sendKeys(englishTitle);
            browser.find(By.id("course:summaryEnglish")).sendKeys("Safer markets with traders and the municipality.");
            new Select(browser.find(By.id("course:deliveryMode"))).selectByValue("BLENDED");
            browser.find(By.id("course:contactHours")).sendKeys("15");
            browser.find(By.cssSelector("input[value='CP101']")).click();
            browser.find(By.id("course:rows:0:componentNameArabic")).sendKeys("اختبار كتابي");
            browser.find(By.id("course:rows:0:componentNameEnglish")).sendKeys("Written exam");
            typeWeight(browser, 0, "50", "50");
            browser.find(By.id("course:addComponent")).click();
            browser.find(By.id("course:rows:1:componentNameArabic")).sendKeys("جولة ميدانية");
            browser.find(By.id("course:rows:1:componentNameEnglish")).sendKeys("Field walk");
            typeWeight(browser, 1, "40", "90");
            browser.assertAccessible();

            browser.find(By.id("course:save")).click();
            String expected = Messages.text(language, "course.error.weightsTotal", 90);
            WebElement beside = browser.find(By.cssSelector("[id='course:components'] .ui-message-error-detail"));
            assertEquals(expected, beside.getText(), "the message is beside the scheme, in " + language);
            assertEquals(arabicTitle, browser.find(By.id("course:titleArabic")).getAttribute("value"), "nothing typed is lost");
            assertEquals("Field walk", browser.find(By.id("course:rows:1:componentNameEnglish")).getAttribute("value"));
            browser.assertAccessible();
            browser.screenshotForDocs("course-weights-error-" + language.code());

            WebElement weight = browser.find(By.id("course:rows:1:weight"));
            weight.clear();
            typeWeight(browser, 1, "50", "100");
            browser.find(By.id("course:save")).click();
            WebElement notice = browser.find(By.cssSelector(".form-notices li"));
            assertEquals(Messages.text(language, "course.created", code), notice.getText());
            assertTrue(browser.driver().getCurrentUrl().contains("code=" + code));

            browser.open("courses/" + code);
            assertEquals(language == Language.ARABIC ? arabicTitle : englishTitle, browser.heading());
            String page = browser.driver().getPageSource();
            assertTrue(page.contains(language == Language.ARABIC ? "جولة ميدانية" : "Field walk"));
            assertTrue(page.contains(language == Language.ARABIC ? "أساسيات الشرطة المجتمعية" : "Community Policing Fundamentals"));
            browser.assertAccessible();
            browser.screenshotForDocs("course-page-" + language.code());

            browser.open("catalogue?category=PREV");
            browser.find(By.cssSelector("a[href$='/courses/" + code + "']"));
            browser.assertAccessible();
            browser.screenshotForDocs("catalogue-" + language.code());
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

    private static void typeWeight(Browser browser, int row, String weight, String expectedTotal) {
        WebElement field = browser.find(By.id("course:rows:" + row + ":weight"));
        field.sendKeys(weight, Keys.TAB);
        browser.await(d -> d.findElement(By.id("course:weightTotal")).getText().strip().equals(expectedTotal));
    }
}
