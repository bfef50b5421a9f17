package org.tadreeb.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.audit.AuditRecord;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import static org.tadreeb.testing.InContainer.bean;
import org.tadreeb.testing.WebClient;

/**
 * People through the API and the pages' access rules: search with Arabic letter variants, registering and
 * changing records with every rule enforced, and who may see whose record.
 */
@IntegrationTest
class PeopleIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.tadreeb();
    }

    @ArquillianResource
    URL deploymentUrl;

    // ---- inside the server -------------------------------------------------------------------------------

    @Test
    void changesToARecordAreAudited() throws Exception {
        PersonService people = bean(PersonService.class);
        people.register(new PersonDetails("AUD-1", "سامر", "Samer", null, null, null, null, null, null, null, null));
        people.update("AUD-1", new PersonDetails("AUD-1", "سامر", "Samer", null, null, "Unit 7", null, null,
                "+962 79 000 0000", null, Language.ENGLISH));
        List<AuditRecord> history = bean(AuditLog.class).historyOf("Person", "AUD-1");
        assertEquals(List.of("person.registered", "person.updated"), history.stream().map(AuditRecord::getAction).toList());
        assertTrue(history.get(1).getBeforeState().contains("phone=;"));
        assertTrue(history.get(1).getAfterState().contains("phone=+962 79 000 0000"));
    }

    // ---- through the API ---------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void searchFindsNamesWhateverTheSpellingOfTheLetters() {
        String admin = adminToken();
        assertEquals(Set.of("PS-104233"), numbersFound(admin, "احمد العلي"), "أحمد without its hamza");
        assertEquals(Set.of("CSO-40021"), numbersFound(admin, "فاطمه الزهراء"), "ة typed as ه");
        assertEquals(Set.of("PS-104233"), numbersFound(admin, "AHMAD al-ali"), "Latin, any case");
        assertEquals(Set.of("PS-104233"), numbersFound(admin, "١٠٤٢٣٣"), "the number in Arabic-Indic digits");
        assertEquals(Set.of(), numbersFound(admin, "no such person"));
    }

    @Test
    @RunAsClient
    void searchFiltersByOrganisationAndGovernorateAndPages() {
        WebClient client = new WebClient(deploymentUrl);
        String admin = adminToken();
        assertEquals(Set.of("GOV-30010", "GOV-30011", "GOV-30012"),
                numbers(client.get("api/v1/trainees?organisation=GOV-EDU", admin)));
        assertEquals(Set.of("CSO-40021", "CSO-40022"), numbers(client.get("api/v1/trainees?governorate=SOU", admin)));
        JsonObject firstPage = WebClient.json(client.get("api/v1/trainees?size=3&page=0", admin)).asJsonObject();
        JsonObject secondPage = WebClient.json(client.get("api/v1/trainees?size=3&page=1", admin)).asJsonObject();
        assertEquals(3, firstPage.getJsonArray("items").size());
        assertTrue(firstPage.getInt("total") >= 13);
        assertFalse(numbers(firstPage).removeAll(numbers(secondPage)), "pages do not overlap");
    }

    @Test
    @RunAsClient
    void aPersonIsRegisteredAndChangedWithEveryRuleEnforced() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = adminToken();
        String body = """
                {"serviceNumber":"ps-777001","nameArabic":"ليلى منصور","nameLatin":"Layla Mansour",
                 "organisation":"CPD-NOR","governorate":"NOR","rank":"SGT","gender":"FEMALE",
                 "phone":"+962 79 555 0101","email":"Layla.M@example.org","preferredLanguage":"ar"}""";
        HttpResponse<String> created = client.postJson("api/v1/trainees", body);
        assertEquals(401, created.statusCode(), "anonymous callers cannot register people");
        created = post(client, "api/v1/trainees", body, admin);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject person = WebClient.json(created).asJsonObject();
        assertEquals("PS-777001", person.getString("serviceNumber"), "numbers are kept in upper case");
        assertEquals("layla.m@example.org", person.getString("email"));
        assertEquals("CPD-NOR", person.getString("organisation"));

        HttpResponse<String> again = post(client, "api/v1/trainees", body, admin);
        assertEquals(422, again.statusCode());
        assertEquals(Map.of("serviceNumber", "person.error.numberTaken", "email", "person.error.emailTaken"),
                fieldErrors(again));

        HttpResponse<String> bad = post(client, "api/v1/trainees", """
                {"serviceNumber":"PS-777002","nameArabic":"","nameLatin":"X","email":"not-an-address",
                 "phone":"call me","organisation":"NOPE","gender":"OTHER"}""", admin);
        assertEquals(422, bad.statusCode());
        assertEquals(Map.of("nameArabic", "input.error.required", "email", "person.error.emailMalformed",
                "phone", "person.error.phoneMalformed", "gender", "person.error.unknownGender"), fieldErrors(bad));
        assertEquals(404, client.get("api/v1/trainees/PS-777002", admin).statusCode(), "nothing half saved");

        HttpResponse<String> stolenEmail = post(client, "api/v1/trainees", """
                {"serviceNumber":"PS-777003","nameArabic":"سمير","nameLatin":"Samir","email":"layla.m@example.org"}""", admin);
        assertEquals(Map.of("email", "person.error.emailTaken"), fieldErrors(stolenEmail));

        HttpResponse<String> changed = client.send(client.request("api/v1/trainees/PS-777001")
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body.replace("+962 79 555 0101", "+962 79 555 0202"))));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("+962 79 555 0202",
                WebClient.json(client.get("api/v1/trainees/ps-777001", admin)).asJsonObject().getString("phone"));
    }

    @Test
    @RunAsClient
    void peopleAreVisibleOnlyToThoseAllowedToSeeThem() {
        WebClient client = new WebClient(deploymentUrl);
        String trainee = client.issueToken(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password);
        String instructor = client.issueToken(DemoAccounts.INSTRUCTOR.username, DemoAccounts.INSTRUCTOR.password);
        assertEquals(401, client.get("api/v1/trainees").statusCode());
        assertEquals(403, client.get("api/v1/trainees", trainee).statusCode());
        assertEquals(403, client.get("api/v1/trainees", instructor).statusCode());
        assertEquals(200, client.get("api/v1/trainees/PS-104233", trainee).statusCode(), "one's own record");
        assertEquals(403, client.get("api/v1/trainees/PS-104871", trainee).statusCode(), "another trainee's record");
        assertEquals(403, post(client, "api/v1/trainees", "{}", trainee).statusCode());
        assertEquals(200, client.get("api/v1/organisations", trainee).statusCode());
        assertEquals(401, client.get("api/v1/organisations").statusCode());

        String coordinator = client.issueToken(DemoAccounts.COORDINATOR.username, DemoAccounts.COORDINATOR.password);
        Set<String> seen = numbers(client.get("api/v1/trainees?size=200", coordinator));
        assertEquals(Set.of("GOV-30010", "GOV-30011", "GOV-30012"), seen, "only their organisation's people");
        assertEquals(Set.of(), numbers(client.get("api/v1/trainees?organisation=CPD-CAP&size=200", coordinator)),
                "asking for another organisation finds nobody");
        assertEquals(200, client.get("api/v1/trainees/GOV-30011", coordinator).statusCode());
        assertEquals(403, client.get("api/v1/trainees/PS-104233", coordinator).statusCode());

        WebClient coordinatorBrowser = new WebClient(deploymentUrl);
        assertEquals("/coordinator/", WebClient.redirectPath(coordinatorBrowser.signIn(
                DemoAccounts.COORDINATOR.username, DemoAccounts.COORDINATOR.password)));
        String ownPeople = coordinatorBrowser.get("coordinator/").body();
        assertEquals(200, coordinatorBrowser.get("coordinator/transcript.xhtml?number=GOV-30011").statusCode());
        assertEquals(403, coordinatorBrowser.get("coordinator/transcript.xhtml?number=PS-104233").statusCode(),
                "another organisation's trainee");
        assertEquals(403, coordinatorBrowser.get("admin/people/").statusCode());
        assertTrue(ownPeople.contains("id=\"results:people\""));
    }

    @Test
    @RunAsClient
    void thePeoplePagesAreForAdministratorsAndTheProfileForEveryone() {
        List<String> adminPages = List.of("admin/people/", "admin/people/person.xhtml?number=PS-104233",
                "admin/people/person.xhtml", "admin/organisations.xhtml", "admin/accounts.xhtml",
                "admin/people/transcript.xhtml?number=PS-104233");
        for (String page : adminPages) {
            assertEquals("/login.xhtml", WebClient.redirectPath(new WebClient(deploymentUrl).get(page)), page);
        }
        for (DemoAccounts account : List.of(DemoAccounts.ADMIN, DemoAccounts.INSTRUCTOR, DemoAccounts.TRAINEE)) {
            WebClient browser = new WebClient(deploymentUrl);
            browser.signIn(account.username, account.password);
            for (String page : adminPages) {
                assertEquals(account == DemoAccounts.ADMIN ? 200 : 403, browser.get(page).statusCode(), account + " " + page);
            }
            assertEquals(200, browser.get("profile.xhtml").statusCode(), account + " profile");
        }
        WebClient trainee = new WebClient(deploymentUrl);
        trainee.signIn(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password);
        String transcript = trainee.get("trainee/transcript.xhtml").body();
        assertTrue(transcript.contains("CP101-A") && transcript.contains("PS-104233"), "the trainee's own transcript");
        assertEquals(404, adminBrowser().get("admin/people/person.xhtml?number=NO-SUCH").statusCode());
        assertEquals(404, adminBrowser().get("admin/people/transcript.xhtml?number=NO-SUCH").statusCode());
        assertEquals("/login.xhtml", WebClient.redirectPath(new WebClient(deploymentUrl).get("profile.xhtml")));
        assertEquals(200, new WebClient(deploymentUrl).get("forgot-password.xhtml").statusCode());
    }

    private WebClient adminBrowser() {
        WebClient browser = new WebClient(deploymentUrl);
        browser.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        return browser;
    }

    private String adminToken() {
        return new WebClient(deploymentUrl).issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
    }

    private Set<String> numbersFound(String token, String text) {
        return numbers(new WebClient(deploymentUrl).get("api/v1/trainees?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), token));
    }

    private static Set<String> numbers(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return numbers(WebClient.json(response).asJsonObject());
    }

    private static Set<String> numbers(JsonObject page) {
        JsonArray items = page.getJsonArray("items");
        return items.stream().map(item -> item.asJsonObject().getString("serviceNumber")).collect(Collectors.toSet());
    }

    private static HttpResponse<String> post(WebClient client, String path, String json, String token) {
        return client.send(client.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    private static Map<String, String> fieldErrors(HttpResponse<String> response) {
        return WebClient.problem(response).getJsonArray("errors").stream().map(e -> e.asJsonObject())
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("code")));
    }
}
