package org.tadreeb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadreeb.testing.InContainer.bean;

import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tadreeb.people.Account;
import org.tadreeb.people.AccountRepository;
import org.tadreeb.demo.DemoData;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.platform.persistence.ApplicationDataSource;
import org.tadreeb.platform.persistence.SchemaCheck;
import org.tadreeb.people.signin.SignInService;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Eventually;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.OutageDeployment;
import org.tadreeb.testing.RelayedDatabase;
import org.tadreeb.testing.WebClient;

/**
 * The foundation in a running Payara Micro on a fresh database: migrations, demo data, sign-in, roles,
 * the language rules, error pages and the API's tokens. Methods marked {@code @RunAsClient} act as a browser
 * or API client would; the others run inside the server. Last, readiness follows the database: the application
 * reaches it through a relay ({@link RelayedDatabase}) that the last test cuts and restores.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FoundationIT {

    @Deployment
    static WebArchive deployment() {
        return OutageDeployment.archive();
    }

    @ArquillianResource
    URL deploymentUrl;

    // ---- inside the server -------------------------------------------------------------------------------

    @Test
    void everyMigrationIsAppliedAndTheMappingsMatchTheSchema() throws Exception {
        MigrationInfo[] migrations = Flyway.configure(getClass().getClassLoader())
                .dataSource(InitialContext.doLookup(ApplicationDataSource.JNDI_NAME)).locations("classpath:db/migration").load().info().all();
        assertTrue(migrations.length >= 1, "at least the foundation migration exists");
        for (MigrationInfo migration : migrations) {
            assertEquals(MigrationState.SUCCESS, migration.getState(), migration.getScript());
        }
        assertEquals(List.of(), bean(SchemaCheck.class).mismatches());
    }

    @Test
    void demoDataIsNeverLoadedIntoADatabaseThatHasData() throws Exception {
        long before = countAccounts();
        bean(DemoData.class).loadIfWanted();
        assertEquals(before, countAccounts());
        assertEquals(DemoAccounts.values().length, before);
    }

    @Test
    void passwordsAreStoredWithTheirStrongHashParameters() throws Exception {
        UserTransaction transaction = bean(UserTransaction.class);
        transaction.begin();
        try {
            String hash = bean(AccountRepository.class).getByUsername("trainee").getPasswordHash();
            assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:600000:"), hash);
            assertFalse(hash.contains("trainee-demo-2026"));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        String username = DemoAccounts.INSTRUCTOR_2.username;
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertTrue(bean(SignInService.class).signIn(username, "wrong-password".toCharArray()).isEmpty());
        }
        assertTrue(bean(SignInService.class).signIn(username, DemoAccounts.INSTRUCTOR_2.password.toCharArray()).isEmpty(),
                "a locked account refuses even the right password");
        UserTransaction transaction = bean(UserTransaction.class);
        transaction.begin();
        Account account = bean(AccountRepository.class).getByUsername(username);
        assertNotNull(account.getLockedUntil());
        assertTrue(account.isLockedAt(Instant.now()));
        account.unlock();
        transaction.commit();
        assertTrue(bean(SignInService.class).signIn(username, DemoAccounts.INSTRUCTOR_2.password.toCharArray()).isPresent(),
                "after unlocking, the right password works again");
    }

    private long countAccounts() throws Exception {
        UserTransaction transaction = bean(UserTransaction.class);
        transaction.begin();
        try {
            return bean(AccountRepository.class).count();
        } finally {
            transaction.rollback();
        }
    }

    // ---- as a browser or API client ----------------------------------------------------------------------

    @Test
    @RunAsClient
    void eachDemoRoleSignsInAndLandsOnItsOwnHome() {
        for (DemoAccounts demo : List.of(DemoAccounts.ADMIN, DemoAccounts.INSTRUCTOR, DemoAccounts.TRAINEE)) {
            WebClient browser = new WebClient(deploymentUrl);
            HttpResponse<String> signedIn = browser.signIn(demo.username, demo.password);
            assertEquals(302, signedIn.statusCode(), demo.username);
            assertEquals(demo.home, WebClient.redirectPath(signedIn), demo.username);
            HttpResponse<String> home = browser.get(demo.home.substring(1));
            assertEquals(200, home.statusCode(), demo.username);
            assertTrue(home.body().contains("<bdi>" + demo.username + "</bdi>"), "the page names who is signed in");
        }
    }

    @Test
    @RunAsClient
    void roleHomesShowRealData() {
        WebClient trainee = signedIn(DemoAccounts.TRAINEE);
        String traineeHome = trainee.get("trainee/").body();
        assertTrue(traineeHome.contains("CP101-A") && traineeHome.contains("CP205-A"), "the trainee's cohorts");
        assertFalse(traineeHome.contains("CP310-A"), "not another trainee's cohort");

        String instructorHome = signedIn(DemoAccounts.INSTRUCTOR).get("instructor/").body();
        assertTrue(instructorHome.contains("CP101-A") && instructorHome.contains("CP205-A"), "the cohorts taught");
        assertFalse(instructorHome.contains("CP310-A"), "not a colleague's cohort");

        String adminHome = signedIn(DemoAccounts.ADMIN).get("admin/").body();
        assertTrue(adminHome.contains("id=\"liveCohorts\""), "the administrator's figures");
        assertTrue(adminHome.contains("CP310-A"), "all upcoming cohorts");
    }

    @Test
    @RunAsClient
    void aWrongPasswordAndAnUnknownUserGetTheSameMessage() {
        String failed = Messages.text(Language.ARABIC, "signIn.error.failed");
        HttpResponse<String> wrongPassword = new WebClient(deploymentUrl).signIn("trainee", "not-the-password");
        HttpResponse<String> unknownUser = new WebClient(deploymentUrl).signIn("nobody-here", "not-the-password");
        for (HttpResponse<String> response : List.of(wrongPassword, unknownUser)) {
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains(failed), "the one sign-in failure message");
        }
    }

    @Test
    @RunAsClient
    void theSessionIdChangesAtSignInAndSignOutEndsTheSession() {
        WebClient browser = new WebClient(deploymentUrl);
        browser.get("login.xhtml");
        String before = browser.cookie("JSESSIONID").orElseThrow();
        browser.signIn(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password);
        String after = browser.cookie("JSESSIONID").orElseThrow();
        assertNotEquals(before, after);

        HttpResponse<String> signedOut = browser.signOut("trainee/index.xhtml");
        assertEquals(302, signedOut.statusCode());
        assertEquals("/?signedOut=true", WebClient.redirectPath(signedOut));
        assertEquals("/login.xhtml", WebClient.redirectPath(browser.get("trainee/")));
    }

    @Test
    @RunAsClient
    void theSessionCookieIsHttpOnlyAndSameSite() {
        String setCookie = new WebClient(deploymentUrl).get("login.xhtml").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), setCookie);
    }

    @Test
    @RunAsClient
    void anAnonymousVisitGoesToSignInAndReturnsAfterwards() {
        WebClient browser = new WebClient(deploymentUrl);
        HttpResponse<String> visit = browser.get("admin/index.xhtml?tab=figures");
        assertEquals(302, visit.statusCode());
        assertEquals("/login.xhtml", WebClient.redirectPath(visit));
        HttpResponse<String> signedIn = browser.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        assertEquals("/admin/index.xhtml?tab=figures", WebClient.redirectPath(signedIn));
    }

    @Test
    @RunAsClient
    void eachRoleHomeIsForbiddenToTheOtherRolesWithAFriendlyPage() {
        Map<DemoAccounts, String> homes = Map.of(
                DemoAccounts.ADMIN, "admin/", DemoAccounts.INSTRUCTOR, "instructor/", DemoAccounts.TRAINEE, "trainee/");
        for (DemoAccounts visitor : homes.keySet()) {
            WebClient browser = signedIn(visitor);
            for (Map.Entry<DemoAccounts, String> home : homes.entrySet()) {
                HttpResponse<String> page = browser.get(home.getValue());
                if (home.getKey() == visitor) {
                    assertEquals(200, page.statusCode(), visitor + " on " + home.getValue());
                } else {
                    assertEquals(403, page.statusCode(), visitor + " on " + home.getValue());
                    assertTrue(page.body().contains(Messages.text(Language.ARABIC, "error.forbidden.title")),
                            "the friendly 403 page in the user's language");
                    assertFalse(page.body().contains(".java:"), "no stack trace");
                }
            }
        }
    }

    @Test
    @RunAsClient
    void eachRoleApiIsForbiddenToTheOtherRolesAndToAnonymousCallers() {
        Map<DemoAccounts, String> endpoints = Map.of(
                DemoAccounts.ADMIN, "api/v1/admin/overview",
                DemoAccounts.INSTRUCTOR, "api/v1/me/teaching",
                DemoAccounts.TRAINEE, "api/v1/me/enrolments");
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        for (String endpoint : endpoints.values()) {
            HttpResponse<String> anonymous = client.get(endpoint);
            assertEquals(401, anonymous.statusCode(), endpoint);
            assertEquals(Messages.text(Language.ENGLISH, "api.error.unauthenticated"),
                    WebClient.problem(anonymous).getString("detail"));
        }
        for (DemoAccounts caller : endpoints.keySet()) {
            String token = client.issueToken(caller.username, caller.password);
            for (Map.Entry<DemoAccounts, String> endpoint : endpoints.entrySet()) {
                HttpResponse<String> response = client.get(endpoint.getValue(), token);
                int expected = endpoint.getKey() == caller ? 200 : 403;
                assertEquals(expected, response.statusCode(), caller + " on " + endpoint.getValue());
                if (expected == 403) {
                    assertEquals(403, WebClient.problem(response).getInt("status"));
                }
            }
        }
    }

    @Test
    @RunAsClient
    void tokensAreIssuedForTheRightPasswordOnlyAndCanBeRevoked() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("ar");
        String token = client.issueToken("trainee", "trainee-demo-2026");
        JsonObject me = WebClient.json(client.get("api/v1/me", token)).asJsonObject();
        assertEquals("trainee", me.getString("username"));
        assertEquals("TRAINEE", me.getJsonArray("roles").getString(0));

        HttpResponse<String> wrong = client.postJson("api/v1/tokens", "{\"username\":\"trainee\",\"password\":\"nope\"}");
        assertEquals(401, wrong.statusCode());
        assertEquals(Messages.text(Language.ARABIC, "signIn.error.failed"), WebClient.problem(wrong).getString("detail"));

        HttpResponse<String> malformed = client.postJson("api/v1/tokens", "{\"username\":");
        assertEquals(400, malformed.statusCode());
        assertEquals("api.error.malformedBody", WebClient.problem(malformed).getString("code"));

        HttpResponse<String> incomplete = client.postJson("api/v1/tokens", "{\"username\":\"trainee\"}");
        assertEquals(400, incomplete.statusCode());
        assertEquals("api.error.credentialsRequired", WebClient.problem(incomplete).getString("code"));

        assertEquals(204, client.delete("api/v1/tokens/current", token).statusCode());
        HttpResponse<String> revoked = client.get("api/v1/me", token);
        assertEquals(401, revoked.statusCode());
        assertEquals("api.error.invalidToken", WebClient.problem(revoked).getString("code"));
        assertEquals(401, client.get("api/v1/me", "tdr_made-up").statusCode());
    }

    @Test
    @RunAsClient
    void aBrowserSessionCannotBeUsedAgainstTheApi() {
        WebClient browser = signedIn(DemoAccounts.ADMIN);
        assertEquals(401, browser.get("api/v1/me").statusCode());
    }

    @Test
    @RunAsClient
    void theLanguageFollowsTheChoiceTheBrowserAndTheDefault() {
        String noPreference = new WebClient(deploymentUrl).get("").body();
        assertTrue(noPreference.contains("lang=\"ar\" dir=\"rtl\""), "Arabic by default");

        String english = new WebClient(deploymentUrl).acceptLanguage("en-GB,en;q=0.8").get("").body();
        assertTrue(english.contains("lang=\"en\" dir=\"ltr\""), "Accept-Language is followed");

        WebClient browser = new WebClient(deploymentUrl).acceptLanguage("ar");
        assertTrue(browser.get("?lang=en").body().contains("lang=\"en\" dir=\"ltr\""), "an explicit choice wins");
        assertEquals("en", browser.cookie("tadreeb_lang").orElseThrow(), "and is remembered by the browser");
        assertTrue(browser.get("login.xhtml").body().contains("lang=\"en\" dir=\"ltr\""));
    }

    @Test
    @RunAsClient
    void errorPagesAreFriendlyInBothLanguages() {
        for (Language language : Language.values()) {
            HttpResponse<String> missing = new WebClient(deploymentUrl).get("no-such-page.xhtml?lang=" + language.code());
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains(Messages.text(language, "error.notFound.title")), language.name());
            assertTrue(missing.body().contains("dir=\"" + language.direction() + "\""));
        }
        HttpResponse<String> unknownApi = new WebClient(deploymentUrl).acceptLanguage("en").get("api/v1/no-such-thing");
        assertEquals(404, unknownApi.statusCode());
        assertEquals(Messages.text(Language.ENGLISH, "api.error.notFound"), WebClient.problem(unknownApi).getString("detail"));
    }

    @Test
    @RunAsClient
    void healthAndOpenApiAreServed() {
        WebClient client = new WebClient(deploymentUrl);
        HttpResponse<String> ready = client.get("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"UP\""));
        assertEquals(200, client.get("health/live").statusCode());
        HttpResponse<String> openApi = client.get("openapi");
        assertEquals(200, openApi.statusCode());
        assertTrue(openApi.body().contains("/api/v1/tokens"), "the token endpoint is documented");
    }

    private WebClient signedIn(DemoAccounts account) {
        WebClient browser = new WebClient(deploymentUrl);
        HttpResponse<String> response = browser.signIn(account.username, account.password);
        assertEquals(302, response.statusCode(), "sign-in of " + account.username);
        return browser;
    }

    // ---- the database away and back ------------------------------------------------------------------------

    /**
     * Last, since it takes the database away for a while: the connections the other tests use come back after it.
     * (Classes that share {@link OutageDeployment} and run after this one find it restored.)
     */
    @Test
    @RunAsClient
    @Order(Integer.MAX_VALUE)
    void readinessGoesDownWhileTheDatabaseIsAwayAndUpWhenItReturns() throws IOException {
        RelayedDatabase database = (RelayedDatabase) OutageDeployment.database();
        WebClient client = new WebClient(deploymentUrl);
        awaitReadiness(client, 200);
        assertEquals(201, tokenResponse(client).statusCode());

        database.cut();
        try {
            HttpResponse<String> down = awaitReadiness(client, 503);
            assertTrue(down.body().contains("\"DOWN\""), down.body());
            assertEquals(200, client.get("health/live").statusCode(), "the process itself stays alive");
        } finally {
            database.restore(); // other classes use this server after this one
        }
        awaitReadiness(client, 200);
        assertEquals(201, Eventually.await(() -> tokenResponse(client), r -> r.statusCode() == 201,
                Duration.ofSeconds(60)).statusCode(), "the application works again without a restart");
    }

    private static HttpResponse<String> tokenResponse(WebClient client) {
        return client.postJson("api/v1/tokens", "{\"username\":\"" + DemoAccounts.ADMIN.username
                + "\",\"password\":\"" + DemoAccounts.ADMIN.password + "\"}");
    }

    private static HttpResponse<String> awaitReadiness(WebClient client, int status) {
        return Eventually.await(() -> client.get("health/ready"), r -> r.statusCode() == status, Duration.ofSeconds(60));
    }
}
