package org.tadreeb.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.Browser;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.Prerequisites.NeedsBrowser;
import org.tadreeb.testing.WebClient;

/**
 * The course pages in headless Chromium, in both languages, each checked with axe-core: an administrator builds a
 * course with a two-part assessment scheme, is told beside the scheme that the weights do not total 100, fixes
 * them, and the public course page and catalogue show the course.
 */
@IntegrationTest
@NeedsBrowser
@RunAsClient
class CourseBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tadreeb();
    }

    @ArquillianResource
    URL deploymentUrl;

    @RegisterExtension
    final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure();

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

    private static void typeWeight(Browser browser, int row, String weight, String expectedTotal) {
        WebElement field = browser.find(By.id("course:rows:" + row + ":weight"));
        field.sendKeys(weight, Keys.TAB);
        browser.await(d -> d.findElement(By.id("course:weightTotal")).getText().strip().equals(expectedTotal));
    }

}
