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
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.WebClient;

/**
 * The venue and cohort pages over plain HTTP (no browser needed): who may open them, the 404 for an unknown
 * cohort, and what each status of the demo cohorts offers.
 */
@IntegrationTest
@RunAsClient
class CohortPagesIT {

    private static final List<String> PAGES = List.of("admin/venues.xhtml", "admin/cohorts/",
            "admin/cohorts/cohort.xhtml", "admin/cohorts/cohort.xhtml?course=CP101",
            "admin/cohorts/cohort.xhtml?code=CP101-A");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tadreeb();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void theCohortPagesAreForAdministratorsOnly() {
        for (String page : PAGES) {
            assertEquals("/login.xhtml", WebClient.redirectPath(new WebClient(deploymentUrl).get(page)), page);
        }
        for (DemoAccounts account : List.of(DemoAccounts.ADMIN, DemoAccounts.INSTRUCTOR, DemoAccounts.TRAINEE,
                DemoAccounts.COORDINATOR)) {
            WebClient browser = signedIn(account);
            for (String page : PAGES) {
                assertEquals(account == DemoAccounts.ADMIN ? 200 : 403, browser.get(page).statusCode(), account + " " + page);
            }
        }
        assertEquals(404, signedIn(DemoAccounts.ADMIN).get("admin/cohorts/cohort.xhtml?code=NO-SUCH").statusCode());
    }

    @Test
    void eachCohortOffersOnlyWhatItsStatusAllows() {
        WebClient admin = signedIn(DemoAccounts.ADMIN).acceptLanguage("en");

        String planning = admin.get("admin/cohorts/cohort.xhtml?course=CP101&lang=en").body();
        assertTrue(planning.contains("value=\"CP101-B\""), "the first free code is suggested");
        assertTrue(planning.contains("value=\"instructor\""), "the instructor qualified for CP101 is offered");
        assertFalse(planning.contains("value=\"instructor2\""), "an instructor not qualified for CP101 is not");
        assertFalse(planning.contains("id=\"lifecycle\""), "nothing to move before the cohort is planned");

        String nobody = admin.get("admin/cohorts/cohort.xhtml?course=CP410&lang=en").body();
        assertTrue(nobody.contains(Messages.text(Language.ENGLISH, "cohort.noQualifiedInstructors")),
                "the page says when nobody is qualified to teach the course");

        String running = admin.get("admin/cohorts/cohort.xhtml?code=CP101-A&lang=en").body();
        assertTrue(running.contains(Messages.text(Language.ENGLISH, "cohort.status.IN_PROGRESS")));
        assertTrue(running.contains("id=\"lifecycle:complete\"") && running.contains("id=\"lifecycle:cancel\""));
        assertFalse(running.contains("id=\"lifecycle:open\"") || running.contains("id=\"lifecycle:start\""));
        assertTrue(running.contains("id=\"pattern:generate\""), "a running cohort can still get meetings");

        String open = admin.get("admin/cohorts/cohort.xhtml?code=CP205-A&lang=en").body();
        assertTrue(open.contains("id=\"lifecycle:closeEnrolment\"") && open.contains("id=\"lifecycle:start\""));
        assertFalse(open.contains("id=\"lifecycle:open\"") || open.contains("id=\"lifecycle:complete\""));

        String completed = admin.get("admin/cohorts/cohort.xhtml?code=CP101-0&lang=en").body();
        assertTrue(completed.contains(Messages.text(Language.ENGLISH, "cohort.readOnly")));
        assertFalse(completed.contains("id=\"lifecycle\"") || completed.contains("id=\"plan:save\"")
                || completed.contains("id=\"pattern:generate\""), "a completed cohort is history");

        String list = admin.get("admin/cohorts/?course=CP101&lang=en").body();
        assertTrue(list.contains("code=CP101-A") && list.contains("code=CP101-0"));
        assertFalse(list.contains("code=CP205-A"), "filtered by course");

        String venues = admin.get("admin/venues.xhtml?lang=en").body();
        assertTrue(venues.contains("CAP-HALL") && venues.contains("EAS-PS"));
    }

    private WebClient signedIn(DemoAccounts account) {
        WebClient client = new WebClient(deploymentUrl);
        client.signIn(account.username, account.password);
        return client;
    }
}
