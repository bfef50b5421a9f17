package org.tadreeb.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadreeb.testing.InContainer.bean;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.tadreeb.people.imports.ColumnMapping;
import org.tadreeb.people.imports.ExistingPeople;
import org.tadreeb.people.imports.ImportFormat;
import org.tadreeb.people.imports.ImportResult;
import org.tadreeb.people.imports.Table;
import org.tadreeb.people.imports.TraineeFiles;
import org.tadreeb.people.imports.TraineeImport;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.audit.AuditRecord;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.platform.persistence.ApplicationDataSource;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.SharedDeployment;
import org.tadreeb.testing.TestAccounts;
import org.tadreeb.testing.TestDatabase;
import org.tadreeb.testing.TestMailbox;
import org.tadreeb.testing.WebClient;

/**
 * People in a running Payara Micro, through the API, the pages and inside the server: search with Arabic letter
 * variants, registering and changing records with every rule enforced, who may see whose record, and the bulk import
 * of trainees — through {@code POST /api/v1/imports/trainees} as its callers would use it, and inside the server to
 * look at the people it wrote. Accounts end to end with real mail: an invitation that arrives through SMTP and lets
 * the person choose a password once, the password rules, forgotten passwords that never reveal whether an address is
 * known, expired links, and deactivation.
 * <p>
 * The class shares its server, database and mailbox with every other test class (SharedDeployment), in any order:
 * each test makes the people and accounts it changes or signs in as (service numbers PPL-..., user names ppl....,
 * addresses ppl...@...), never changes a demo record, and reads mail only to its own addresses. Lists that other
 * classes add to (the Directorate of Education, the South governorate) are checked to hold the demo's people and
 * nothing that fails the filter; the imported files keep away from both.
 */
@IntegrationTest
class PeopleIT {

    private static final String API = "api/v1/imports/trainees";
    private static final String CSV = "text/csv";

    /**
     * The {@link TestMailbox} that invitations and password resets arrive in, typed loosely: this class is also
     * loaded inside the server, where GreenMail is absent. Reset links expire at once (reset-hours 0) to test expiry.
     */

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.archive();
    }

    @ArquillianResource
    URL deploymentUrl;

    // ---- inside the server ------------------------------------------------------------------------------------

    @Test
    void changesToARecordAreAudited() throws Exception {
        PersonService people = bean(PersonService.class);
        people.register(new PersonDetails("PPL-AUD-1", "سامر", "Samer", null, null, null, null, null, null, null, null));
        people.update("PPL-AUD-1", new PersonDetails("PPL-AUD-1", "سامر", "Samer", null, null, "Unit 7", null, null,
                "+962 79 000 0000", null, Language.ENGLISH));
        List<AuditRecord> history = bean(AuditLog.class).historyOf("Person", "PPL-AUD-1");
        assertEquals(List.of("person.registered", "person.updated"), history.stream().map(AuditRecord::getAction).toList());
        assertTrue(history.get(1).getBeforeState().contains("phone=;"));
        assertTrue(history.get(1).getAfterState().contains("phone=+962 79 000 0000"));
    }

    // ---- through the API --------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void searchFindsNamesWhateverTheSpellingOfTheLetters() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = adminToken();
        // People of this test's own, with a family name no one else has, so that the sets found are exact.
        assertEquals(201, post(client, "api/v1/trainees", "{\"serviceNumber\":\"PPL-583914\",\"nameArabic\":\"أحمد الطرابيشي\","
                + "\"nameLatin\":\"Ahmad Al-Tarabishi\"}", admin).statusCode());
        assertEquals(201, post(client, "api/v1/trainees", "{\"serviceNumber\":\"PPL-583915\",\"nameArabic\":\"فاطمة الطرابيشي\","
                + "\"nameLatin\":\"Fatima Al-Tarabishi\"}", admin).statusCode());
        assertEquals(Set.of("PPL-583914"), numbersFound(admin, "احمد الطرابيشي"), "أحمد without its hamza");
        assertEquals(Set.of("PPL-583915"), numbersFound(admin, "فاطمه الطرابيشي"), "ة typed as ه");
        assertEquals(Set.of("PPL-583914"), numbersFound(admin, "AHMAD al-tarabishi"), "Latin, any case");
        assertEquals(Set.of("PPL-583914"), numbersFound(admin, "٥٨٣٩١٤"), "the number in Arabic-Indic digits");
        assertEquals(Set.of(), numbersFound(admin, "no such person"));
    }

    @Test
    @RunAsClient
    void searchFiltersByOrganisationAndGovernorateAndPages() {
        WebClient client = new WebClient(deploymentUrl);
        String admin = adminToken();
        // Other classes add people to both: the demo's are found, and everyone found passes the filter.
        JsonObject education = everyone(client.get("api/v1/trainees?organisation=GOV-EDU&size=200", admin));
        assertTrue(numbers(education).containsAll(Set.of("GOV-30010", "GOV-30011", "GOV-30012")), education.toString());
        assertTrue(items(education).stream().allMatch(p -> "GOV-EDU".equals(p.getString("organisation", null))),
                "only the organisation's people: " + education);
        JsonObject south = everyone(client.get("api/v1/trainees?governorate=SOU&size=200", admin));
        assertTrue(numbers(south).containsAll(Set.of("CSO-40021", "CSO-40022")), south.toString());
        assertTrue(items(south).stream().allMatch(p -> "SOU".equals(p.getString("governorate", null))),
                "only the governorate's people: " + south);
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
                {"serviceNumber":"ppl-777001","nameArabic":"ليلى منصور","nameLatin":"Layla Mansour",
                 "organisation":"CPD-NOR","governorate":"NOR","rank":"SGT","gender":"FEMALE",
                 "phone":"+962 79 555 0101","email":"PPL.Layla.M@example.org","preferredLanguage":"ar"}""";
        HttpResponse<String> created = client.postJson("api/v1/trainees", body);
        assertEquals(401, created.statusCode(), "anonymous callers cannot register people");
        created = post(client, "api/v1/trainees", body, admin);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject person = WebClient.json(created).asJsonObject();
        assertEquals("PPL-777001", person.getString("serviceNumber"), "numbers are kept in upper case");
        assertEquals("ppl.layla.m@example.org", person.getString("email"));
        assertEquals("CPD-NOR", person.getString("organisation"));

        HttpResponse<String> again = post(client, "api/v1/trainees", body, admin);
        assertEquals(422, again.statusCode());
        assertEquals(Map.of("serviceNumber", "person.error.numberTaken", "email", "person.error.emailTaken"),
                fieldErrors(again));

        HttpResponse<String> bad = post(client, "api/v1/trainees", """
                {"serviceNumber":"PPL-777002","nameArabic":"","nameLatin":"X","email":"not-an-address",
                 "phone":"call me","organisation":"NOPE","gender":"OTHER"}""", admin);
        assertEquals(422, bad.statusCode());
        assertEquals(Map.of("nameArabic", "input.error.required", "email", "person.error.emailMalformed",
                "phone", "person.error.phoneMalformed", "gender", "person.error.unknownGender"), fieldErrors(bad));
        assertEquals(404, client.get("api/v1/trainees/PPL-777002", admin).statusCode(), "nothing half saved");

        HttpResponse<String> stolenEmail = post(client, "api/v1/trainees", """
                {"serviceNumber":"PPL-777003","nameArabic":"سمير","nameLatin":"Samir","email":"ppl.layla.m@example.org"}""", admin);
        assertEquals(Map.of("email", "person.error.emailTaken"), fieldErrors(stolenEmail));

        HttpResponse<String> changed = client.send(client.request("api/v1/trainees/PPL-777001")
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body.replace("+962 79 555 0101", "+962 79 555 0202"))));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("+962 79 555 0202",
                WebClient.json(client.get("api/v1/trainees/ppl-777001", admin)).asJsonObject().getString("phone"));
    }

    @Test
    @RunAsClient
    void peopleAreVisibleOnlyToThoseAllowedToSeeThem() {
        WebClient client = new WebClient(deploymentUrl);
        openAccount(client, "PPL-SEE-1", "ppl.see1", "TRAINEE");
        openAccount(client, "PPL-SEE-2", "ppl.see2", "TRAINEE");
        String trainee = client.issueToken("ppl.see1", TestAccounts.PASSWORD);
        String instructor = client.issueToken(DemoAccounts.INSTRUCTOR.username, DemoAccounts.INSTRUCTOR.password);
        assertEquals(401, client.get("api/v1/trainees").statusCode());
        assertEquals(403, client.get("api/v1/trainees", trainee).statusCode());
        assertEquals(403, client.get("api/v1/trainees", instructor).statusCode());
        assertEquals(200, client.get("api/v1/trainees/PPL-SEE-1", trainee).statusCode(), "one's own record");
        assertEquals(403, client.get("api/v1/trainees/PPL-SEE-2", trainee).statusCode(), "another trainee's record");
        assertEquals(403, post(client, "api/v1/trainees", "{}", trainee).statusCode());
        assertEquals(200, client.get("api/v1/organisations", trainee).statusCode());
        assertEquals(401, client.get("api/v1/organisations").statusCode());

        String coordinator = client.issueToken(DemoAccounts.COORDINATOR.username, DemoAccounts.COORDINATOR.password);
        JsonObject seenPage = everyone(client.get("api/v1/trainees?size=200", coordinator));
        Set<String> seen = numbers(seenPage);
        // Other classes add people to GOV-EDU: the coordinator sees exactly whom the administrator finds there.
        String admin = adminToken();
        assertEquals(numbers(everyone(client.get("api/v1/trainees?organisation=GOV-EDU&size=200", admin))), seen,
                "only their organisation's people");
        assertTrue(seen.containsAll(Set.of("GOV-30010", "GOV-30011", "GOV-30012")), seen.toString());
        assertTrue(items(seenPage).stream().allMatch(p -> "GOV-EDU".equals(p.getString("organisation", null))),
                "only their organisation's people: " + seenPage);
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

    /** A page of people that holds everyone found (the total fits in it). */
    private static JsonObject everyone(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        JsonObject page = WebClient.json(response).asJsonObject();
        assertEquals(page.getInt("total"), page.getJsonArray("items").size(), "one page holds them all");
        return page;
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** A person with an account of this class's own (TestAccountsServlet), signing in with TestAccounts.PASSWORD. */
    private static void openAccount(WebClient client, String number, String username, String roles) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", number);
        fields.put("username", username);
        fields.put("name", "People " + username);
        fields.put("lang", "en");
        fields.put("roles", roles);
        HttpResponse<String> opened = client.postForm("testing/accounts", fields);
        assertEquals(204, opened.statusCode(), opened.body());
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

    // ---- the trainee import inside the server -----------------------------------------------------------------

    @Test
    void importingTheSameFileAgainUpdatesThePeopleInsteadOfAddingThem() throws Exception {
        TraineeImport imports = CDI.current().select(TraineeImport.class).get();
        long auditedBefore = count(IMPORT_AUDITS);
        ImportResult first = importCsv(imports, TraineeFiles.clean("PPL-REIMP", 3, "07900"));
        assertEquals(List.of(3L, 0L), List.of(first.created(), first.updated()));

        ImportResult again = importCsv(imports, TraineeFiles.clean("PPL-REIMP", 3, "07911"));
        assertEquals(List.of(0L, 3L), List.of(again.created(), again.updated()));

        UserTransaction transaction = CDI.current().select(UserTransaction.class).get();
        transaction.begin();
        try {
            Map<String, Person> people = CDI.current().select(ExistingPeople.class).get()
                    .byNumbers(List.of("PPL-REIMP-1", "PPL-REIMP-2", "PPL-REIMP-3"));
            assertEquals(3, people.size());
            Person second = people.get("PPL-REIMP-2");
            assertEquals("07911000002", second.getPhone(), "the changed phone number");
            assertEquals("متدرب رقم 2", second.getNameArabic());
            assertEquals("ppl-reimp.2@example.org", second.getEmail());
            assertEquals("CPD-NOR", second.getOrganisation().getCode());
            assertEquals("NOR", second.getGovernorate().getCode());
            assertEquals("SGT", second.getRank().getCode());
            assertEquals(Gender.FEMALE, second.getGender());
            assertEquals(Language.ARABIC, second.getPreferredLanguage());
            assertEquals(Language.ENGLISH, people.get("PPL-REIMP-3").getPreferredLanguage());
        } finally {
            transaction.rollback();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM person WHERE service_number = 'PPL-REIMP-2'"));
        assertEquals(auditedBefore + 2, count(IMPORT_AUDITS), "each import leaves an audit record");
    }

    /** The audit records of imports of this class's file. */
    private static final String IMPORT_AUDITS = "SELECT COUNT(*) FROM audit_record WHERE action = 'trainees.imported' "
            + "AND after_state LIKE '%ppl-reimport.csv%'";

    private static ImportResult importCsv(TraineeImport imports, String csv) {
        Table table = imports.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "ppl-reimport.csv", null);
        return imports.importAll(table, ColumnMapping.guess(table.headers()));
    }

    private static long count(String sql) throws Exception {
        DataSource dataSource = InitialContext.doLookup(ApplicationDataSource.JNDI_NAME);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    // ---- the trainee import as an API client ------------------------------------------------------------------

    @Test
    @RunAsClient
    void aMessyFileGetsExactlyItsProblemsInTheCallersLanguageAndNothingIsSaved() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String token = adminTokenFor(client);
        long before = people(client, token);
        for (String path : List.of(API, API + "?dryRun=true")) {
            HttpResponse<String> response = client.post(path, token, CSV, TraineeFiles.utf8(TraineeFiles.MESSY));
            assertEquals(422, response.statusCode(), response.body());
            JsonObject problem = WebClient.problem(response);
            assertEquals("import.error.rowsHaveProblems", problem.getString("code"));
            assertEquals(Messages.text(Language.ENGLISH, "import.error.rowsHaveProblems", 4L), problem.getString("detail"));
            assertEquals(TraineeFiles.MESSY_PROBLEMS.stream().map(p -> List.of(p.row(), p.column().name(), p.value(),
                            p.messageKey(), p.message(Language.ENGLISH))).toList(),
                    problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> List.of(
                            e.getInt("row"), e.getString("column"), e.getString("value"), e.getString("code"),
                            e.getString("message"))).toList());
        }
        HttpResponse<String> arabic = new WebClient(deploymentUrl).acceptLanguage("ar")
                .post(API, token, CSV, TraineeFiles.utf8(TraineeFiles.MESSY));
        assertEquals(TraineeFiles.MESSY_PROBLEMS.get(0).message(Language.ARABIC),
                WebClient.problem(arabic).getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(before, people(client, token), "nothing of the messy file was saved");
    }

    @Test
    @RunAsClient
    void aCleanFileCreatesPeopleAndTheSameFileAgainUpdatesThem() {
        WebClient client = new WebClient(deploymentUrl);
        String token = adminTokenFor(client);
        long before = people(client, token);
        byte[] file = TraineeFiles.utf8(TraineeFiles.clean("PPL-API", 4, "07800"));

        assertSummary(true, 4, 4, 0, client.post(API + "?dryRun=true", token, CSV, file));
        assertEquals(before, people(client, token), "a dry run saves nothing");
        assertSummary(false, 4, 4, 0, client.post(API, token, CSV, file));
        assertEquals(before + 4, people(client, token));
        assertSummary(false, 4, 0, 4, client.post(API, token, CSV, file));
        assertEquals(before + 4, people(client, token), "updated, not duplicated");
    }

    @Test
    @RunAsClient
    void oneBadRowMeansNothingIsImported() {
        WebClient client = new WebClient(deploymentUrl);
        String token = adminTokenFor(client);
        // Someone of this test's own holds the address that the bad row gives to a new number.
        register(client, token, "PPL-TAKEN", "ppl.taken@example.org", "ar");
        long before = people(client, token);
        String good = TraineeFiles.clean("PPL-ONEBAD", 2, "07700");
        String bad = good + "PPL-ONEBAD-3,ثالث,Third,SGT,CPD-NOR,,NOR,M,0770000003,ppl.taken@example.org,ar\n";

        HttpResponse<String> rejected = client.post(API, token, CSV, TraineeFiles.utf8(bad));
        assertEquals(422, rejected.statusCode(), rejected.body());
        JsonObject error = WebClient.problem(rejected).getJsonArray("errors").getJsonObject(0);
        assertEquals(List.of(4, "EMAIL", "import.problem.emailTaken"),
                List.of(error.getInt("row"), error.getString("column"), error.getString("code")),
                "the e-mail address of someone who has another number");
        assertEquals(1, WebClient.problem(rejected).getJsonArray("errors").size());
        assertEquals(before, people(client, token));
        assertSummary(true, 2, 2, 0, client.post(API + "?dryRun=true", token, CSV, TraineeFiles.utf8(good)));
    }

    @Test
    @RunAsClient
    void filesThatAreTooLargeNotWhatTheyClaimOrMalformedAreRefusedAndChangeNothing() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String token = adminTokenFor(client);
        long before = people(client, token);
        byte[] oversized = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(oversized, (byte) 'a');
        byte[] binary = {'i', 'd', ',', 'n', 'a', 'm', 'e', '\n', 0, 0, 1, 2, 3};
        Map<String, Object[]> refusals = Map.of(
                "import.error.tooLarge", new Object[] {413, CSV, oversized},
                "import.error.notXlsx", new Object[] {415, ImportFormat.XLSX_MEDIA_TYPE, TraineeFiles.utf8(TraineeFiles.MESSY)},
                "import.error.notCsv", new Object[] {415, CSV, binary},
                "import.error.unsupportedType", new Object[] {415, "application/pdf", binary},
                "import.error.malformedCsv", new Object[] {400, CSV, TraineeFiles.utf8("id,name\n\"PS-1,Ali\n")});
        refusals.forEach((key, request) -> {
            HttpResponse<String> response = client.post(API, token, (String) request[1], (byte[]) request[2]);
            assertEquals(request[0], response.statusCode(), key + ": " + response.body());
            JsonObject problem = WebClient.problem(response);
            assertEquals(key, problem.getString("code"));
            assertTrue(!problem.getString("detail").equals(key), "worded, not a bare key: " + key);
        });
        assertEquals(before, people(client, token));
    }

    @Test
    @RunAsClient
    void anXlsxWorkbookAndAWindows1256FileImport() {
        WebClient client = new WebClient(deploymentUrl);
        String token = adminTokenFor(client);
        // Organisations by English name and by code; not GOV-EDU, whose people other tests list exactly.
        byte[] workbook = TraineeFiles.xlsx(List.of(
                List.of("Service number", "الاسم بالعربية", "Latin name", "Organisation", "Phone", "Gender"),
                List.of("7700101", "وليد الزعبي", "Walid Al-Zoubi", "North Region Police", "962790000101", "ذكر"),
                List.of("PPL-XL-102", "ريم حداد", "Reem Haddad", "INT-DEV", "", "أنثى")));
        assertSummary(false, 2, 2, 0, client.post(API, token, ImportFormat.XLSX_MEDIA_TYPE, workbook));
        assertSummary(false, 2, 2, 0, client.post(API, token, "text/csv; charset=windows-1256",
                TraineeFiles.bytes(TraineeFiles.ARABIC_EXCEL, java.nio.charset.Charset.forName("windows-1256"))));
    }

    @Test
    @RunAsClient
    void onlyAdministratorsMayImport() {
        WebClient client = new WebClient(deploymentUrl);
        byte[] file = TraineeFiles.utf8(TraineeFiles.clean("PPL-ACCESS", 1, "07600"));
        assertEquals(401, client.post(API, null, CSV, file).statusCode());
        for (DemoAccounts caller : List.of(DemoAccounts.TRAINEE, DemoAccounts.INSTRUCTOR)) {
            String token = client.issueToken(caller.username, caller.password);
            HttpResponse<String> response = client.post(API, token, CSV, file);
            assertEquals(403, response.statusCode(), caller.username);
            assertEquals("api.error.forbidden", WebClient.problem(response).getString("code"));

            WebClient browser = new WebClient(deploymentUrl);
            browser.signIn(caller.username, caller.password);
            assertEquals(403, browser.get("admin/people/import.xhtml").statusCode(), caller.username + " on the page");
        }
        WebClient admin = new WebClient(deploymentUrl);
        admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        assertEquals(200, admin.get("admin/people/import.xhtml").statusCode());
        assertTrue(admin.get("admin/").body().contains("admin/people/import.xhtml"), "linked from the admin home");
    }

    private static String adminTokenFor(WebClient client) {
        return client.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
    }

    private static long people(WebClient client, String adminToken) {
        return WebClient.json(client.get("api/v1/admin/overview", adminToken)).asJsonObject().getJsonNumber("people").longValue();
    }

    private static void assertSummary(boolean dryRun, int rows, int created, int updated, HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        JsonObject summary = WebClient.json(response).asJsonObject();
        assertEquals(List.of(dryRun, rows, created, updated), List.of(summary.getBoolean("dryRun"), summary.getInt("rows"),
                summary.getInt("created"), summary.getInt("updated")));
    }

    // ---- accounts, with real mail ------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void anInvitationLetsThePersonChooseAPasswordOnceAndSignIn() {
        WebClient admin = new WebClient(deploymentUrl);
        String token = admin.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        register(admin, token, "PPL-INV-1", "ppl.invited.person@example.org", "ar");
        int before = TestMailbox.countTo(SharedDeployment.mailbox(), "ppl.invited.person@example.org");
        HttpResponse<String> opened = post(admin, "api/v1/trainees/PPL-INV-1/account",
                "{\"username\":\"ppl.invited.person\",\"roles\":[\"TRAINEE\"]}", token);
        assertEquals(201, opened.statusCode(), opened.body());

        MimeMessage invitation = awaitNextMailTo("ppl.invited.person@example.org", before);
        String text = TestMailbox.text(invitation);
        assertTrue(text.contains("ريم"), "the invitation is in the person's language (Arabic), names intact: " + text);
        String link = TestMailbox.link(invitation);
        String path = URI.create(link).getRawPath().substring(1) + "?" + URI.create(link).getRawQuery();

        WebClient person = new WebClient(deploymentUrl).acceptLanguage("en");
        HttpResponse<String> weak = choose(person, path, "ppl.invited.person.2026", "ppl.invited.person.2026");
        assertTrue(weak.body().contains(Messages.text(Language.ENGLISH, "password.error.containsUsername")), "the user name is refused");
        HttpResponse<String> common = choose(person, path, "password2026", "password2026");
        assertTrue(common.body().contains(Messages.text(Language.ENGLISH, "password.error.common")));
        HttpResponse<String> mismatch = choose(person, path, "olive trees by the river", "olive trees by the sea");
        assertTrue(mismatch.body().contains(Messages.text(Language.ENGLISH, "password.error.mismatch")));

        HttpResponse<String> chosen = choose(person, path, "olive trees by the river", "olive trees by the river");
        assertEquals(302, chosen.statusCode(), chosen.body());
        assertEquals("/login.xhtml", WebClient.redirectPath(chosen));
        assertEquals(201, person.postJson("api/v1/tokens",
                "{\"username\":\"ppl.invited.person\",\"password\":\"olive trees by the river\"}").statusCode());

        String reused = new WebClient(deploymentUrl).acceptLanguage("en").get(path).body();
        assertTrue(reused.contains("id=\"linkInvalid\""), "a link works once");
    }

    @Test
    void noMoreThanThreeResetLinksAnHourGoToOneAccount() throws Exception {
        // An account of this test's own (a demo account's tokens and mail are other classes' too).
        bean(TestAccounts.class).open("PPL-RESET", "ppl.reset", "Reset Person", "ppl.reset@own.example.org",
                Language.ENGLISH, null, Set.of(Role.TRAINEE));
        String address = "ppl.reset@own.example.org";
        for (int request = 1; request <= 5; request++) {
            bean(AccountService.class).requestPasswordReset(address);
        }
        assertEquals(3, count("SELECT COUNT(*) FROM account_token t JOIN account a ON a.id = t.account_id"
                + " WHERE a.username = 'ppl.reset' AND t.purpose = 'PASSWORD_RESET'"), "links made");
        assertEquals(3, count("SELECT COUNT(*) FROM outbox_message WHERE recipient = '" + address + "'"
                + " AND kind = 'PASSWORD_RESET'"), "messages queued");
    }

    @Test
    @RunAsClient
    void aForgottenPasswordNeverRevealsWhetherTheAddressIsKnownAndExpiredLinksAreRefused() {
        WebClient client = new WebClient(deploymentUrl);
        openAccount(client, "PPL-FORGOT", "ppl.forgot", "TRAINEE");
        String known = "ppl.forgot@own.example.org";
        String nobody = "ppl.nobody@nowhere.example";
        int before = TestMailbox.countTo(SharedDeployment.mailbox(), known);
        assertEquals(202, client.postJson("api/v1/password-resets", "{\"email\":\"" + nobody + "\"}").statusCode());
        assertEquals(202, client.postJson("api/v1/password-resets", "{\"email\":\"PPL.FORGOT@own.example.org\"}").statusCode());
        MimeMessage reset = awaitNextMailTo(known, before);
        assertEquals(0, TestMailbox.countTo(SharedDeployment.mailbox(), nobody), "no mail for an unknown address");
        String link = TestMailbox.link(reset);
        String page = new WebClient(deploymentUrl).get(URI.create(link).getRawPath().substring(1) + "?"
                + URI.create(link).getRawQuery()).body();
        assertTrue(page.contains("id=\"linkInvalid\""), "an expired link is refused (reset links last 0 hours here)");
        assertEquals(201, client.postJson("api/v1/tokens", "{\"username\":\"ppl.forgot\",\"password\":\""
                + TestAccounts.PASSWORD + "\"}").statusCode(), "an unused reset link changes nothing");

        String knownPage = forgotPage(known);
        String unknownPage = forgotPage(nobody);
        assertTrue(knownPage.contains(Messages.text(Language.ARABIC, "forgot.sent")));
        assertEquals(strip(knownPage), strip(unknownPage), "the page answers the same for known and unknown addresses");
    }

    @Test
    @RunAsClient
    void aDeactivatedPersonCanNeitherSignInNorUseTheirTokens() {
        WebClient admin = new WebClient(deploymentUrl);
        String adminToken = admin.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        // A trainee of this test's own: the demo trainees must stay active for the other classes.
        openAccount(admin, "PPL-DEACT", "ppl.deact", "TRAINEE");
        String traineeToken = admin.issueToken("ppl.deact", TestAccounts.PASSWORD);
        WebClient traineeBrowser = new WebClient(deploymentUrl);
        traineeBrowser.signIn("ppl.deact", TestAccounts.PASSWORD);

        assertEquals(200, admin.get("api/v1/trainees/PPL-DEACT", adminToken).statusCode());
        assertEquals(200, admin.get("api/v1/me", traineeToken).statusCode(), "the token works, and is remembered as checked");
        deactivate("PPL-DEACT");

        assertEquals(401, admin.get("api/v1/me", traineeToken).statusCode(), "tokens stop working at once");
        assertEquals(401, admin.postJson("api/v1/tokens",
                "{\"username\":\"ppl.deact\",\"password\":\"" + TestAccounts.PASSWORD + "\"}").statusCode(), "no new sign-in");
        assertEquals("/login.xhtml", WebClient.redirectPath(traineeBrowser.get("trainee/")), "the open session ends at once too");
    }

    @Test
    @RunAsClient
    void anImportCanOpenAccountsForNewPeopleAndInviteThem() {
        WebClient admin = new WebClient(deploymentUrl);
        String token = admin.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        String csv = "service_number,name_ar,name_en,email\n"
                + "PPL-IMP-501,سلمى داود,Salma Dawood,ppl.salma.dawood@example.org\n"
                + "PPL-IMP-502,باسل عمر,Basel Omar,\n";
        int before = TestMailbox.countTo(SharedDeployment.mailbox(), "ppl.salma.dawood@example.org");
        HttpResponse<String> imported = admin.post("api/v1/imports/trainees?invite=true", token, "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(1, WebClient.json(imported).asJsonObject().getInt("invited"), "only the person with an e-mail");
        MimeMessage invitation = awaitNextMailTo("ppl.salma.dawood@example.org", before);
        assertTrue(TestMailbox.text(invitation).contains("ppl-imp-501"), "the user name is the number in lower case");
        assertEquals(403, post(new WebClient(deploymentUrl), "api/v1/trainees/PPL-IMP-502/account",
                "{\"username\":\"basel\",\"roles\":[\"TRAINEE\"]}",
                admin.issueToken(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password)).statusCode(),
                "only administrators open accounts");
    }

    private void deactivate(String number) {
        // An administrator of this class's own: a ?lang= on a signed-in page is remembered for the account.
        WebClient browser = new WebClient(deploymentUrl);
        openAccount(browser, "PPL-ADMIN", "ppl.admin", "ADMINISTRATOR");
        browser.signIn("ppl.admin", TestAccounts.PASSWORD);
        HttpResponse<String> page = browser.get("admin/people/person.xhtml?number=" + number + "&lang=ar");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("status", "status");
        form.put("status:deactivate", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
        HttpResponse<String> done = browser.postForm("admin/people/person.xhtml?number=" + number, form);
        assertEquals(302, done.statusCode(), done.body());
        assertTrue(browser.get("admin/people/person.xhtml?number=" + number + "&lang=ar").body()
                .contains(Messages.text(Language.ARABIC, "person.inactiveNotice")));
    }

    private String forgotPage(String email) {
        WebClient browser = new WebClient(deploymentUrl);
        HttpResponse<String> page = browser.get("forgot-password.xhtml?lang=ar");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("forgot", "forgot");
        form.put("forgot:email", email);
        form.put("forgot:send", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
        HttpResponse<String> sent = browser.postForm("forgot-password.xhtml", form);
        assertEquals(302, sent.statusCode());
        return browser.get("forgot-password.xhtml").body();
    }

    private static String strip(String page) {
        return page.replaceAll("name=\"jakarta.faces.ViewState\"[^>]*", "").replaceAll("JSESSIONID=[^;\"]*", "");
    }

    private static HttpResponse<String> choose(WebClient person, String path, String password, String confirmation) {
        HttpResponse<String> page = person.get(path);
        assertTrue(page.body().contains("choose:password"), "the link opens the password form: " + page.body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("choose", "choose");
        form.put("choose:password", password);
        form.put("choose:confirmation", confirmation);
        form.put("choose:save", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
        return person.postForm(path, form);
    }

    /** The first message to the address after the {@code before} it had received, waiting up to 30 s for it. */
    private static MimeMessage awaitNextMailTo(String address, int before) {
        return TestMailbox.awaitMessages(SharedDeployment.mailbox(), address, before + 1).get(before);
    }

    private static void register(WebClient client, String token, String number, String email, String language) {
        HttpResponse<String> created = post(client, "api/v1/trainees", "{\"serviceNumber\":\"" + number
                + "\",\"nameArabic\":\"ريم الأحمد\",\"nameLatin\":\"Reem Al-Ahmad\",\"email\":\"" + email
                + "\",\"preferredLanguage\":\"" + language + "\"}", token);
        assertEquals(201, created.statusCode(), created.body());
        assertFalse(created.body().isEmpty());
    }
}
