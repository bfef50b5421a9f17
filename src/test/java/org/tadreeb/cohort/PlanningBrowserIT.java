package org.tadreeb.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
import org.tadreeb.testing.SharedDeployment;
import org.tadreeb.testing.Prerequisites.NeedsBrowser;
import org.tadreeb.testing.WebClient;

/**
 * Planning the training in headless Chromium, in both languages, each state checked with axe-core: the catalogue's
 * editors, then venues, cohorts and the calendar.
 *
 * <p>The category editor: an administrator adds a category (after being told beside the code that it is taken),
 * renames it, deletes it after confirming, and is refused, with the number of courses, when deleting a category that
 * courses use. The course pages: an administrator builds a course with a two-part assessment scheme, is told beside
 * the scheme that the weights do not total 100, fixes them, and the public course page and catalogue show the course.
 *
 * <p>An administrator adds a venue, plans a cohort of PLN101 (this class's copy of CP101) there with the demo
 * instructor, generates its weekly meetings, is refused a meeting at the time the instructor teaches CP101-A (the
 * message names that cohort), opens the cohort for enrolment and cancels it with a reason. On the calendar an
 * administrator narrows it to the main hall, and a trainee sees the meetings of their cohorts, in the week grid and in
 * the list view. This week always has a meeting of CP101-A (main hall, Sundays and Tuesdays, trainee enrolled).
 *
 * <p>The tests share one server and database with every other test class: the categories PLN-AR/PLN-EN and the
 * courses PLN-AR/PLN-EN (in PREV) live in separate tables, and the number of FUND's courses is read when it is
 * checked; the courses made here have no cohorts. The cohorts planned here (PLN-CP101-...) meet in their own venues
 * (PLN-HALL-...), early on Thursdays (06:00, an hour no other class books the demo instructor at), and have no
 * trainees. Other classes plan cohorts too, so the calendars are checked for the demo's meetings, and the main
 * hall's for meetings of cohorts at the main hall only.
 */
@IntegrationTest
@NeedsBrowser
@RunAsClient
class PlanningBrowserIT {

    /** This class's copy of CP101, for the cohorts it plans. */
    private static final String COURSE = "PLN101";

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.archive();
    }

    @ArquillianResource
    URL deploymentUrl;

    @RegisterExtension
    final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure();

    @Test
    void anAdministratorAddsRenamesAndDeletesACategoryInBothLanguages() {
        for (Language language : Language.values()) {
            String code = "PLN-" + language.code().toUpperCase(Locale.ROOT);
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
            String code = "PLN-" + language.code().toUpperCase(Locale.ROOT);
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


    @Test
    void anAdministratorPlansACohortWithWeeklyMeetingsOpensItAndCancelsItInBothLanguages() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC); // the test server runs on UTC (arquillian.xml)
        LocalDate startsOn = today.plusDays(1);
        LocalDate endsOn = today.plusDays(35);
        // CP101-A (taught by the demo instructor) meets on Sundays and Tuesdays 09:00-12:00 until 14 days ahead.
        LocalDate clashDay = startsOn;
        while (clashDay.getDayOfWeek() != DayOfWeek.SUNDAY && clashDay.getDayOfWeek() != DayOfWeek.TUESDAY) {
            clashDay = clashDay.plusDays(1);
        }
        long thursdays = startsOn.datesUntil(endsOn.plusDays(1)).filter(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY).count();
        ownCourse();

        for (Language language : Language.values()) {
            String suffix = language.code().toUpperCase(Locale.ROOT);
            String venueCode = "PLN-HALL-" + suffix;
            String cohortCode = "PLN-CP101-" + suffix;
            Browser browser = screenshots.watch(new Browser(WebClient.localBase(deploymentUrl), language.code()));
            browser.open("login.xhtml?lang=" + language.code());
            browser.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);

            browser.open("admin/venues.xhtml");
            assertTrue(browser.driver().getPageSource().contains("CAP-HALL"), "the demo venues are listed");
            browser.find(By.id("edit:venueCode")).sendKeys(venueCode);
            browser.find(By.id("edit:venueNameArabic")).sendKeys("قاعة الاختبار " + suffix);
            browser.find(By.id("edit:venueNameEnglish")).sendKeys("Test hall " + suffix);
            new Select(browser.find(By.id("edit:venueGovernorate"))).selectByValue("CAP");
            browser.find(By.id("edit:venueCapacity")).sendKeys("20");
            browser.find(By.id("edit:save")).click();
            assertNotice(browser, Messages.text(language, "venue.added", venueCode));
            assertTrue(browser.driver().getPageSource().contains(venueCode));
            browser.find(By.cssSelector("button[id$=':edit'][aria-label$='" + venueCode + "']")).click();
            waitFor(browser, By.id("edit:venueCapacity"), e -> "20".equals(e.getAttribute("value")));
            assertEquals("true", browser.find(By.id("edit:venueCode")).getAttribute("disabled"), "a venue keeps its code");
            WebElement capacity = browser.find(By.id("edit:venueCapacity"));
            capacity.clear();
            capacity.sendKeys("22");
            browser.find(By.id("edit:save")).click();
            assertNotice(browser, Messages.text(language, "venue.saved", venueCode));
            browser.assertAccessible();
            browser.screenshotForDocs("venues-" + language.code());

            browser.open("admin/cohorts/");
            browser.find(By.id("results:cohorts"));
            browser.assertAccessible();
            browser.find(By.id("planCohort")).click();
            browser.find(By.id("plan:course"));
            browser.open("admin/");
            browser.assertAccessible();
            // The home lists the ten soonest live cohorts: CP101-A's, unless other classes' started earlier.
            List<WebElement> upcoming = browser.driver().findElements(By.cssSelector("[id='upcoming'] a[href*='code=']"));
            WebElement listed = upcoming.stream().filter(a -> a.getAttribute("href").endsWith("code=CP101-A")).findFirst()
                    .orElse(upcoming.stream().findFirst().orElseThrow(() -> new AssertionError("no upcoming cohort on the home")));
            String listedCode = listed.getAttribute("href").replaceFirst(".*code=", "");
            listed.click();
            String running = Messages.text(language, "cohort.editTitle", listedCode);
            browser.await(d -> running.equals(browser.heading()));
            browser.open("admin/courses/");
            browser.assertAccessible();
            browser.open("admin/courses/course.xhtml?code=" + COURSE);
            browser.assertAccessible();
            browser.find(By.id("planCohort")).click();
            browser.await(d -> d.getCurrentUrl().contains("course=" + COURSE));
            WebElement code = browser.find(By.id("plan:code"));
            assertTrue(code.getAttribute("value").matches(COURSE + "-[A-Z]"), "a free code is suggested: " + code.getAttribute("value"));
            assertEquals(COURSE, new Select(browser.find(By.id("plan:course"))).getFirstSelectedOption().getAttribute("value"));
            code.clear();
            code.sendKeys(cohortCode);
            browser.find(By.id("plan:save")).click();
            assertEquals(Messages.text(language, "input.error.required"), besides(browser, "plan:startsOn"));
            assertEquals(Messages.text(language, "cohort.error.venueRequired"), besides(browser, "plan:venue"));
            assertEquals(cohortCode, browser.find(By.id("plan:code")).getAttribute("value"), "nothing typed is lost");
            browser.assertAccessible();
            type(browser, "plan:startsOn", startsOn.toString());
            type(browser, "plan:endsOn", endsOn.toString());
            new Select(browser.find(By.id("plan:venue"))).selectByValue(venueCode);
            waitFor(browser, By.id("plan:seatLimit"), e -> "22".equals(e.getAttribute("value")));
            clickWhenReady(browser, By.cssSelector("input[name='plan:instructors'][value='instructor']"));
            browser.find(By.id("plan:save")).click();
            assertNotice(browser, Messages.text(language, "cohort.planned", cohortCode));
            assertTrue(browser.driver().getCurrentUrl().contains("code=" + cohortCode));
            assertEquals(Messages.text(language, "cohort.status.PLANNED"), browser.find(By.id("status")).getText());

            browser.find(By.cssSelector("input[name='pattern:patternDays'][value='THURSDAY']")).click();
            type(browser, "pattern:patternStarts", "06:00");
            type(browser, "pattern:patternEnds", "08:00");
            browser.find(By.id("pattern:patternTopicArabic")).sendKeys("المحور");
            browser.find(By.id("pattern:patternTopicEnglish")).sendKeys("Module");
            browser.find(By.id("pattern:generate")).click();
            assertNotice(browser, Messages.text(language, "cohort.meetingsGenerated", thursdays));
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='meetings:list_data'] tr"));
            assertEquals(thursdays, rows.size(), "every generated meeting is listed");
            String thursday = DayOfWeek.THURSDAY.getDisplayName(TextStyle.FULL, language.locale());
            assertTrue(rows.get(0).getText().contains(thursday), rows.get(0).getText());
            assertTrue(rows.get(0).getText().contains(language == Language.ARABIC ? "المحور 1" : "Module 1"));

            browser.find(By.id("meetings:list:0:edit")).click();
            waitFor(browser, By.id("meeting:meetingEnds"), e -> "08:00".equals(e.getAttribute("value")));
            type(browser, "meeting:meetingEnds", "08:30");
            WebElement topic = browser.find(By.id("meeting:meetingTopicEnglish"));
            topic.clear();
            topic.sendKeys("Opening session");
            browser.find(By.id("meeting:saveMeeting")).click();
            LocalDate firstThursday = startsOn.datesUntil(endsOn).filter(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY)
                    .findFirst().orElseThrow();
            assertNotice(browser, Messages.text(language, "meeting.changed", firstThursday));
            browser.find(By.id("meetings:list:1:cancelMeeting")).click();
            browser.driver().switchTo().alert().accept();
            assertNotice(browser, Messages.text(language, "meeting.cancelledNotice", firstThursday.plusWeeks(1)));
            assertTrue(browser.find(By.cssSelector("[id='meetings:list_data'] tr:nth-child(2)")).getText()
                    .contains(Messages.text(language, "meeting.cancelledMark")));

            type(browser, "meeting:meetingDay", clashDay.toString());
            type(browser, "meeting:meetingStarts", "10:00");
            type(browser, "meeting:meetingEnds", "11:00");
            browser.find(By.id("meeting:saveMeeting")).click();
            WebElement clash = browser.find(By.cssSelector(".form-errors li"));
            assertTrue(clash.getText().contains("CP101-A"), "the refusal names the other cohort: " + clash.getText());
            assertEquals(thursdays, browser.driver().findElements(By.cssSelector("[id='meetings:list_data'] tr")).size());
            browser.assertAccessible();

            browser.find(By.id("lifecycle:open")).click();
            assertNotice(browser, Messages.text(language, "cohort.openedNotice", cohortCode));
            assertEquals(Messages.text(language, "cohort.status.OPEN"), browser.find(By.id("status")).getText());
            browser.assertAccessible();
            browser.screenshotForDocs("cohort-page-" + language.code());
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('meetingsHeading').scrollIntoView();");
            browser.screenshotForDocs("cohort-meetings-" + language.code());

            browser.find(By.id("lifecycle:cancel")).click();
            WebElement reason = browser.find(By.id("cancelForm:cancelReason"));
            reason.sendKeys(language == Language.ARABIC ? "لم يتوفر المدرب" : "The instructor is not available");
            browser.find(By.id("cancelForm:confirmCancel")).click();
            assertNotice(browser, Messages.text(language, "cohort.cancelledNotice", cohortCode, 0));
            assertEquals(Messages.text(language, "cohort.status.CANCELLED"), browser.find(By.id("status")).getText());
            assertTrue(browser.find(By.id("cancelReason")).getText()
                    .contains(language == Language.ARABIC ? "لم يتوفر المدرب" : "The instructor is not available"));
            assertTrue(browser.driver().findElements(By.id("lifecycle:open")).isEmpty(), "a cancelled cohort is history");
            browser.assertAccessible();

            browser.open("admin/cohorts/cohort.xhtml?code=NO-SUCH-COHORT");
            assertEquals(Messages.text(language, "error.notFound.title"), browser.heading());

            browser.open("admin/venues.xhtml");
            browser.find(By.cssSelector("button[id$=':retire'][aria-label$='" + venueCode + "']")).click();
            browser.driver().switchTo().alert().accept();
            assertNotice(browser, Messages.text(language, "venue.retiredNotice", venueCode));
            browser.find(By.cssSelector("button[id$=':reinstate'][aria-label$='" + venueCode + "']")).click();
            assertNotice(browser, Messages.text(language, "venue.reinstatedNotice", venueCode));

            browser.open("admin/cohorts/?course=" + COURSE);
            browser.find(By.cssSelector("a[href$='code=" + cohortCode + "']"));
            browser.assertAccessible();
            browser.screenshotForDocs("cohorts-" + language.code());
        }
    }

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
            // Other classes may plan at the main hall too: every meeting shown is of a cohort there, CP101-A's among them.
            Set<String> atTheHall = cohortsAt("CAP-HALL");
            List<String> hall = events(browser);
            assertTrue(hall.stream().anyMatch(e -> e.contains("CP101-A")), hall.toString());
            assertTrue(hall.stream().allMatch(e -> atTheHall.stream().anyMatch(e::contains)), "only the main hall's meetings: " + hall);
            assertFalse(hall.stream().anyMatch(e -> e.contains("CP205-A")), "not room 2's");
            List<String> links = browser.driver().findElements(By.cssSelector("#meetings a")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            assertTrue(links.stream().anyMatch(href -> href.contains("/admin/cohorts/cohort.xhtml?code=CP101-A")), links.toString());
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
            browser.find(By.cssSelector("#meetings a"));
            assertTrue(browser.driver().findElements(By.cssSelector("#meetings a")).stream()
                    .anyMatch(a -> a.getAttribute("href").endsWith("/courses/CP101")), "CP101-A's meetings link to its course");
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

    /** Native date and time inputs take their value as the browser's own format; set the ISO value as a form would. */
    private static void type(Browser browser, String id, String value) {
        WebElement input = browser.find(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                input, value);
    }

    /** Waits for the notice (the page before may still show an older one while the next is on its way). */
    private static void assertNotice(Browser browser, String expected) {
        try {
            browser.await(d -> d.findElements(By.cssSelector(".form-notices li")).stream()
                            .anyMatch(e -> e.getText().equals(expected)));
        } catch (org.openqa.selenium.TimeoutException late) {
            List<String> shown = browser.driver().findElements(By.cssSelector(".form-notices li, .form-errors li")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(expected, String.join(" | ", shown));
        }
    }

    /** The message beside a field (in its form row). */
    private static String besides(Browser browser, String inputId) {
        return browser.find(By.xpath("//*[@id='" + inputId + "']/ancestor::div[contains(@class,'form-row')]"
                + "//*[contains(@class,'ui-message-error-detail')]")).getText();
    }

    private static void waitFor(Browser browser, By by, java.util.function.Predicate<WebElement> condition) {
        browser.await(d -> condition.test(d.findElement(by)));
    }

    private static void clickWhenReady(Browser browser, By by) {
        browser.await(d -> {
                    d.findElement(by).click();
                    return d.findElement(by).isSelected();
                });
    }

    /** This class's copy of CP101 (the demo instructor qualified for it), made by the first test that needs it. */
    private void ownCourse() {
        WebClient client = new WebClient(deploymentUrl);
        if (client.get("api/v1/courses/" + COURSE).statusCode() == 404) {
            assertEquals(204, client.postForm("testing/cohorts", Map.of("do", "course", "code", COURSE, "like", "CP101"))
                    .statusCode());
        }
    }

    /** The codes of every cohort at the venue, whoever planned it. */
    private Set<String> cohortsAt(String venue) {
        return WebClient.json(new WebClient(deploymentUrl).get("api/v1/cohorts?size=100&venue=" + venue)).asJsonObject()
                .getJsonArray("items").stream().map(c -> c.asJsonObject().getString("code")).collect(Collectors.toSet());
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
