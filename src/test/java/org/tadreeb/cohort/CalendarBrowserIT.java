package org.tadreeb.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
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
import org.tadreeb.testing.Browser;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.Prerequisites.NeedsBrowser;
import org.tadreeb.testing.WebClient;

/**
 * The calendar in headless Chromium, in both languages, each state checked with axe-core: an administrator narrows
 * it to the main hall, and a trainee sees the meetings of their cohorts, in the week grid and in the list view.
 * This week always has a meeting of CP101-A (main hall, Sundays and Tuesdays, trainee enrolled).
 */
@IntegrationTest
@NeedsBrowser
@RunAsClient
class CalendarBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tadreeb();
    }

    @ArquillianResource
    URL deploymentUrl;

    @RegisterExtension
    final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure();

    @Test
    void anAdministratorFiltersTheCalendarByVenueInBothLanguages() {
        for (Language language : Language.values()) {
            Browser browser = signedIn(DemoAccounts.ADMIN, language);
            browser.open("admin/");
            browser.find(By.id("calendarShortcut")).click();
            List<String> events = events(browser);
            assertTrue(events.stream().anyMatch(e -> e.contains("CP101-A")), events.toString());
            assertDirection(browser, language);
            browser.assertAccessible();

            new Select(browser.find(By.id("venue"))).selectByValue("CAP-R2");
            browser.find(By.id("showCalendar")).click();
            browser.await(d -> d.getCurrentUrl().contains("venue=CAP-R2"));
            waitForSchedule(browser);
            assertFalse(browser.driver().getPageSource().contains("CP101-A"), "CP101-A meets in the main hall");
            assertEquals("CAP-R2", new Select(browser.find(By.id("venue"))).getFirstSelectedOption().getAttribute("value"));

            new Select(browser.find(By.id("venue"))).selectByValue("CAP-HALL");
            browser.find(By.id("showCalendar")).click();
            browser.await(d -> d.getCurrentUrl().contains("venue=CAP-HALL"));
            assertTrue(events(browser).stream().allMatch(e -> e.contains("CP101-A")), "only the main hall's meetings");
            WebElement link = browser.find(By.cssSelector("#meetings a"));
            assertTrue(link.getAttribute("href").contains("/admin/cohorts/cohort.xhtml?code=CP101-A"));
            browser.assertAccessible();
            browser.screenshotForDocs("calendar-admin-" + language.code());
        }
    }

    @Test
    void aTraineeSeesTheirMeetingsInTheGridAndAsAListInBothLanguages() {
        for (Language language : Language.values()) {
            Browser browser = signedIn(DemoAccounts.TRAINEE, language);
            browser.open("trainee/");
            browser.find(By.id("calendarShortcut")).click();
            List<String> events = events(browser);
            assertTrue(events.stream().anyMatch(e -> e.contains("CP101-A")), events.toString());
            assertTrue(browser.find(By.cssSelector("#meetings a")).getAttribute("href").endsWith("/courses/CP101"));
            assertTrue(browser.driver().findElements(By.id("venue")).isEmpty(), "no filters for trainees");
            assertDirection(browser, language);
            browser.assertAccessible();
            browser.screenshotForDocs("calendar-trainee-" + language.code());

            browser.find(By.cssSelector(".fc-listWeek-button")).click();
            List<String> listed = texts(browser, ".fc-list-event");
            assertTrue(listed.stream().anyMatch(e -> e.contains("CP101-A")), listed.toString());
            browser.assertAccessible();

            browser.find(By.id("nextWeek")).click();
            browser.find(By.id("meetingList"));
            assertTrue(browser.driver().getCurrentUrl().contains("week="));
            browser.assertAccessible();
        }
    }

    private Browser signedIn(DemoAccounts account, Language language) {
        Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
        browser.open("login.xhtml?lang=" + language.code());
        browser.signIn(account.username, account.password);
        return browser;
    }

    /** The text of every meeting the schedule shows, once it has loaded them. */
    private static List<String> events(Browser browser) {
        waitForSchedule(browser);
        return texts(browser, ".fc-event");
    }

    /**
     * The texts of the elements, once there are some. The schedule re-renders its events as they load, so an
     * element found may be replaced before it is read: then look again.
     */
    private static List<String> texts(Browser browser, String selector) {
        return browser.await(d -> {
                    List<String> texts = d.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
                    return texts.isEmpty() ? null : texts;
                });
    }

    private static void waitForSchedule(Browser browser) {
        browser.find(By.cssSelector(".fc-view-harness"));
        browser.await(d -> !d.findElements(By.cssSelector(".fc-timegrid, .fc-list, .fc-daygrid")).isEmpty());
    }

    private static void assertDirection(Browser browser, Language language) {
        assertEquals(language.direction(), browser.htmlAttribute("dir"));
        assertFalse(browser.driver().findElements(By.cssSelector(".fc-direction-" + language.direction())).isEmpty(),
                "the schedule runs " + language.direction());
    }
}
