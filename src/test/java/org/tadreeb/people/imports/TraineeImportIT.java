package org.tadreeb.people.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.tadreeb.people.Gender;
import org.tadreeb.people.Person;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.platform.persistence.ApplicationDataSource;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.WebClient;

/**
 * Bulk import of trainees in a running Payara Micro: through {@code POST /api/v1/imports/trainees} as its
 * callers would use it, and inside the server to look at the people it wrote. Each test uses service numbers
 * of its own, so none depends on another having run.
 */
@IntegrationTest
class TraineeImportIT {

    private static final String API = "api/v1/imports/trainees";
    private static final String CSV = "text/csv";

    @Deployment
    static WebArchive deployment() {
        return Deployments.tadreeb().addClasses(TraineeFiles.class);
    }

    @ArquillianResource
    URL deploymentUrl;

    // ---- inside the server -------------------------------------------------------------------------------

    @Test
    void importingTheSameFileAgainUpdatesThePeopleInsteadOfAddingThem() throws Exception {
        TraineeImport imports = CDI.current().select(TraineeImport.class).get();
        ImportResult first = importCsv(imports, TraineeFiles.clean("REIMP", 3, "07900"));
        assertEquals(List.of(3L, 0L), List.of(first.created(), first.updated()));

        ImportResult again = importCsv(imports, TraineeFiles.clean("REIMP", 3, "07911"));
        assertEquals(List.of(0L, 3L), List.of(again.created(), again.updated()));

        UserTransaction transaction = CDI.current().select(UserTransaction.class).get();
        transaction.begin();
        try {
            Map<String, Person> people = CDI.current().select(ExistingPeople.class).get()
                    .byNumbers(List.of("REIMP-1", "REIMP-2", "REIMP-3"));
            assertEquals(3, people.size());
            Person second = people.get("REIMP-2");
            assertEquals("07911000002", second.getPhone(), "the changed phone number");
            assertEquals("متدرب رقم 2", second.getNameArabic());
            assertEquals("reimp.2@example.org", second.getEmail());
            assertEquals("CPD-NOR", second.getOrganisation().getCode());
            assertEquals("NOR", second.getGovernorate().getCode());
            assertEquals("SGT", second.getRank().getCode());
            assertEquals(Gender.FEMALE, second.getGender());
            assertEquals(Language.ARABIC, second.getPreferredLanguage());
            assertEquals(Language.ENGLISH, people.get("REIMP-3").getPreferredLanguage());
        } finally {
            transaction.rollback();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM person WHERE service_number = 'REIMP-2'"));
        assertEquals(2, count("SELECT COUNT(*) FROM audit_record WHERE action = 'trainees.imported' "
                + "AND after_state LIKE '%reimport.csv%'"), "each import leaves an audit record");
    }

    private static ImportResult importCsv(TraineeImport imports, String csv) {
        Table table = imports.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "reimport.csv", null);
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

    // ---- as an API client --------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void aMessyFileGetsExactlyItsProblemsInTheCallersLanguageAndNothingIsSaved() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String token = adminToken(client);
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
        String token = adminToken(client);
        long before = people(client, token);
        byte[] file = TraineeFiles.utf8(TraineeFiles.clean("API", 4, "07800"));

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
        String token = adminToken(client);
        long before = people(client, token);
        String good = TraineeFiles.clean("ONEBAD", 2, "07700");
        String bad = good + "ONEBAD-3,ثالث,Third,SGT,CPD-NOR,,NOR,M,0770000003,trainee@demo.tadreeb.local,ar\n";

        HttpResponse<String> rejected = client.post(API, token, CSV, TraineeFiles.utf8(bad));
        assertEquals(422, rejected.statusCode(), rejected.body());
        JsonObject error = WebClient.problem(rejected).getJsonArray("errors").getJsonObject(0);
        assertEquals(List.of(4, "EMAIL", "import.problem.emailTaken"),
                List.of(error.getInt("row"), error.getString("column"), error.getString("code")),
                "the e-mail address of the demo trainee, who has another number");
        assertEquals(1, WebClient.problem(rejected).getJsonArray("errors").size());
        assertEquals(before, people(client, token));
        assertSummary(true, 2, 2, 0, client.post(API + "?dryRun=true", token, CSV, TraineeFiles.utf8(good)));
    }

    @Test
    @RunAsClient
    void filesThatAreTooLargeNotWhatTheyClaimOrMalformedAreRefusedAndChangeNothing() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String token = adminToken(client);
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
        String token = adminToken(client);
        byte[] workbook = TraineeFiles.xlsx(List.of(
                List.of("Service number", "الاسم بالعربية", "Latin name", "Organisation", "Phone", "Gender"),
                List.of("7700101", "وليد الزعبي", "Walid Al-Zoubi", "Directorate of Education", "962790000101", "ذكر"),
                List.of("XL-102", "ريم حداد", "Reem Haddad", "GOV-EDU", "", "أنثى")));
        assertSummary(false, 2, 2, 0, client.post(API, token, ImportFormat.XLSX_MEDIA_TYPE, workbook));
        assertSummary(false, 2, 2, 0, client.post(API, token, "text/csv; charset=windows-1256",
                TraineeFiles.bytes(TraineeFiles.ARABIC_EXCEL, java.nio.charset.Charset.forName("windows-1256"))));
    }

    @Test
    @RunAsClient
    void onlyAdministratorsMayImport() {
        WebClient client = new WebClient(deploymentUrl);
        byte[] file = TraineeFiles.utf8(TraineeFiles.clean("ACCESS", 1, "07600"));
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

    private static String adminToken(WebClient client) {
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
}
