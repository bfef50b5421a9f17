package org.tadreeb.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadreeb.testing.InContainer.bean;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.enrolment.EnrolmentService;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.people.imports.Table;
import org.tadreeb.platform.AccessDeniedException;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.audit.AuditRecord;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.TestGrading;
import org.tadreeb.testing.WebClient;

/**
 * The gradebook on the real database. In the server: recording (all or none, unchanged scores change nothing,
 * refusals naming trainee and component), publishing, reasons and audit after publishing, reopening, score files
 * (preview with row problems, nothing saved until confirmed, bad files change nothing), completion finishing the
 * enrolments; who may do what through the services. Over HTTP: the API's answers and refusals, the trainee's own
 * results only, the exports, and tampered page requests. CP101-G is this test's cohort, taught by instructor2;
 * the demo's CP101-A is taught by instructor. The methods run in order: each builds on the one before.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GradebookIT {

    private static final String COHORT = "CP101-G";
    private static final String TEACHER = DemoAccounts.INSTRUCTOR_2.username;
    private static final String OTHER_TEACHER = DemoAccounts.INSTRUCTOR.username;
    private static final String ADMIN = DemoAccounts.ADMIN.username;
    /** The demo accounts "trainee" and "trainee2", both in CP101-A. */
    private static final String TRAINEE_NUMBER = "PS-104233";
    private static final Language EN = Language.ENGLISH;

    @Deployment
    static WebArchive deployment() {
        return Deployments.tadreeb().addClasses(TestEnrolments.class, TestGrading.class);
    }

    @ArquillianResource
    URL deploymentUrl;

    private static GradebookService gradebooks() {
        return bean(GradebookService.class);
    }

    private static Gradebook gradebook() {
        return gradebooks().read(TEACHER, COHORT);
    }

    /** The ids of the components in the scheme's order: written exam (100), practical (50), participation (10). */
    private static List<Long> components() {
        return gradebook().components().stream().map(Gradebook.Component::id).toList();
    }

    private static List<ScoreEntry> scores(String number, String written, String practical, String participation) {
        List<Long> ids = components();
        return List.of(new ScoreEntry(number, ids.get(0), written), new ScoreEntry(number, ids.get(1), practical),
                new ScoreEntry(number, ids.get(2), participation));
    }

    private static Gradebook.Row row(String number) {
        return gradebook().row(number).orElseThrow();
    }

    private static List<AuditRecord> audit(String action) {
        return bean(AuditLog.class).historyOf("Cohort", COHORT).stream().filter(r -> r.getAction().equals(action)).toList();
    }

    private static BusinessException refusal(Runnable call) {
        RuntimeException thrown = assertThrows(RuntimeException.class, call::run);
        BusinessException business = BusinessExceptions.find(thrown);
        assertTrue(business != null, "expected a broken rule, got " + thrown);
        return business;
    }

    private static Table file(String name, String content) {
        return bean(ScoreImport.class).read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name, null);
    }

    @Test
    @Order(1)
    void prepare() {
        TestGrading grading = bean(TestGrading.class);
        grading.inProgressCohort(COHORT, 3, TEACHER, bean(CentreClock.class).today());
        TestEnrolments people = bean(TestEnrolments.class);
        people.enrolNewTrainee(COHORT, "GB-001", "سعاد خليل", "Suad Khalil", null, Language.ARABIC, EnrolmentStatus.ENROLLED);
        people.enrolNewTrainee(COHORT, "GB-002", "عمر حداد", "Omar Haddad", null, Language.ARABIC, EnrolmentStatus.ENROLLED);
        people.enrolNewTrainee(COHORT, "GB-003", "ليلى سعيد", "Layla Saeed", null, Language.ARABIC, EnrolmentStatus.ENROLLED);
        grading.attend(COHORT, "GB-001", AttendanceMark.PRESENT, AttendanceMark.LATE, AttendanceMark.PRESENT);
        grading.attend(COHORT, "GB-002", AttendanceMark.PRESENT, AttendanceMark.ABSENT, AttendanceMark.ABSENT);
        grading.attend(COHORT, "GB-003", AttendanceMark.PRESENT, AttendanceMark.EXCUSED, AttendanceMark.PRESENT);
    }

    @Test
    @Order(2)
    void theGradebookHasARowPerTraineeWithAttendanceAndNoResultUntilScored() {
        Gradebook gradebook = gradebook();
        assertEquals(List.of("GB-003", "GB-002", "GB-001"), gradebook.rows().stream().map(Gradebook.Row::serviceNumber).toList(),
                "rows in name order");
        assertEquals(3, gradebook.components().size());
        assertEquals(new AttendanceTally(2, 1, 0, 0), row("GB-001").attendance());
        assertEquals(new BigDecimal("33.33"), row("GB-002").result().attendanceRate());
        assertEquals(new BigDecimal("100.00"), row("GB-003").result().attendanceRate(), "an excused absence is left out");
        assertTrue(gradebook.rows().stream().allMatch(r -> r.result().verdict() == ResultRule.Verdict.PENDING));
        assertFalse(gradebook.isPublished());
    }

    @Test
    @Order(3)
    void scoresAreRecordedAuditedAndAnUnchangedScoreChangesNothing() {
        assertEquals(3, gradebooks().record(TEACHER, COHORT, scores("GB-001", "80", "40,5", "٩"), null));
        Gradebook.Row suad = row("GB-001");
        assertEquals(List.of(new BigDecimal("80.00"), new BigDecimal("40.50"), new BigDecimal("9.00")), suad.points());
        assertEquals(new BigDecimal("82.40"), suad.result().weightedTotal());
        assertEquals(ResultRule.Verdict.PASSED, suad.result().verdict());
        assertEquals(3, audit("score.recorded").size());

        assertEquals(0, gradebooks().record(TEACHER, COHORT, scores("GB-001", "80.0", "40.50", "9"), null));
        assertEquals(3, audit("score.recorded").size() + audit("score.changed").size(), "nothing new in the audit");

        assertEquals(1, gradebooks().record(TEACHER, COHORT, List.of(new ScoreEntry("gb-001", components().get(2), "")), null));
        assertNull(row("GB-001").pointsAt(2), "a blank clears the score");
        assertEquals(1, audit("score.cleared").size());
        gradebooks().record(TEACHER, COHORT, List.of(new ScoreEntry("GB-001", components().get(2), "9")), null);
    }

    @Test
    @Order(4)
    void invalidScoresRefuseTheWholeBatchNamingTheTraineeAndTheComponent() {
        List<ScoreEntry> batch = new ArrayList<>(scores("GB-002", "70", "30", "8"));
        batch.add(new ScoreEntry("GB-003", components().get(1), "60"));
        batch.add(new ScoreEntry("GB-003", components().get(0), "abc"));
        batch.add(new ScoreEntry("GB-003", components().get(2), "7.125"));
        batch.add(new ScoreEntry("NOBODY-1", components().get(0), "10"));
        ScoresRefusedException refused = assertThrows(ScoresRefusedException.class,
                () -> gradebooks().record(TEACHER, COHORT, batch, null));
        List<String> messages = refused.messages(EN);
        assertEquals(4, messages.size(), messages.toString());
        assertEquals("Layla Saeed (GB-003), Practical exercise: A score is between 0 and 50.", messages.get(0));
        assertEquals("Layla Saeed (GB-003), Written exam: “abc” is not a number.", messages.get(1));
        assertEquals("Layla Saeed (GB-003), Participation: A score has at most two decimals.", messages.get(2));
        assertTrue(messages.get(3).contains("NOBODY-1 is not a trainee of cohort " + COHORT), messages.get(3));
        assertEquals("ليلى سعيد (GB-003)، تمرين عملي: الدرجة بين ٠ و٥٠.", refused.problems().get(0).message(Language.ARABIC));
        assertTrue(row("GB-002").points().stream().allMatch(p -> p == null), "nothing of the batch was saved");
    }

    @Test
    @Order(5)
    void onlyTheCohortsInstructorsRecordAndPublishAndAdministratorsOnlyRead() {
        assertThrows(AccessDeniedException.class, () -> gradebooks().read(OTHER_TEACHER, COHORT));
        assertThrows(AccessDeniedException.class, () -> gradebooks().record(OTHER_TEACHER, COHORT, scores("GB-002", "1", "1", "1"), null));
        assertThrows(AccessDeniedException.class, () -> gradebooks().publish(OTHER_TEACHER, COHORT));
        assertThrows(AccessDeniedException.class, () -> gradebooks().read(TEACHER, "CP101-A"), "instructor2 does not teach CP101-A");
        assertThrows(AccessDeniedException.class, () -> gradebooks().read("trainee", COHORT));
        assertEquals(3, gradebooks().read(ADMIN, COHORT).rows().size());
        assertThrows(AccessDeniedException.class, () -> gradebooks().record(ADMIN, COHORT, scores("GB-002", "1", "1", "1"), null));
        assertThrows(AccessDeniedException.class, () -> gradebooks().publish(ADMIN, COHORT));
        assertThrows(AccessDeniedException.class, () -> gradebooks().reopen(TEACHER, COHORT));
        assertThrows(AccessDeniedException.class, () -> bean(TraineeResults.class).of("trainee", "GB-001"),
                "a trainee never reads another trainee's results");
        assertTrue(row("GB-002").points().stream().allMatch(p -> p == null));
    }

    @Test
    @Order(6)
    void completionWaitsForPublishedResultsAndTraineesSeeThemOnlyOncePublished() {
        assertEquals("gradebook.error.completeUnpublished", refusal(() -> bean(CohortService.class).complete(COHORT)).messageKey());
        TraineeResults results = bean(TraineeResults.class);
        TraineeResult before = results.of(ADMIN, "GB-001").get(0);
        assertFalse(before.isPublished());
        assertTrue(before.scores().isEmpty() && before.verdict() == null, "no score before publishing");
        assertEquals(3, before.attendance().size(), "attendance is always the trainee's to see");

        assertTrue(gradebooks().publish(TEACHER, COHORT));
        assertFalse(gradebooks().publish(TEACHER, COHORT), "already published");
        assertEquals(1, audit("results.published").size());
        TraineeResult after = results.of(ADMIN, "GB-001").get(0);
        assertEquals(ResultRule.Verdict.PASSED, after.verdict());
        assertEquals(new BigDecimal("40.50"), after.scores().get(1).points());

        BusinessException pending = refusal(() -> bean(CohortService.class).complete(COHORT));
        assertEquals("gradebook.error.completePending", pending.messageKey());
        assertEquals(2L, pending.arguments()[1]);
    }

    @Test
    @Order(7)
    void afterPublishingAChangeNeedsAReasonWhichTheAuditKeeps() {
        BusinessException noReason = refusal(() -> gradebooks().record(TEACHER, COHORT, scores("GB-001", "70", "40.5", "9"), " "));
        assertEquals("gradebook.error.reasonNeeded", noReason.messageKey());
        assertEquals(new BigDecimal("80.00"), row("GB-001").pointsAt(0), "nothing saved without a reason");

        assertEquals(1, gradebooks().record(TEACHER, COHORT, scores("GB-001", "70", "40.5", "9"), "Re-marked after appeal"));
        AuditRecord change = audit("score.changed").get(audit("score.changed").size() - 1);
        JsonObject before = Json.createReader(new java.io.StringReader(change.getBeforeState())).readObject();
        JsonObject after = Json.createReader(new java.io.StringReader(change.getAfterState())).readObject();
        assertEquals("80.00", before.getString("points"));
        assertEquals("70.00", after.getString("points"));
        assertEquals("GB-001", after.getString("trainee"));
        assertEquals("Written exam", after.getString("component"));
        assertEquals("Re-marked after appeal", after.getString("reason"));
    }

    @Test
    @Order(8)
    void anAdministratorReopensAndTheInstructorsChangeFreelyUntilTheyPublishAgain() {
        assertEquals("gradebook.error.notPublished", refusal(() -> {
            gradebooks().reopen(ADMIN, COHORT);
            gradebooks().reopen(ADMIN, COHORT);
        }).messageKey());
        assertFalse(gradebook().isPublished());
        assertEquals(1, audit("results.reopened").size());
        assertFalse(bean(TraineeResults.class).of(ADMIN, "GB-001").get(0).isPublished(), "taken back from the trainee");
        assertEquals(3, gradebooks().record(TEACHER, COHORT, scores("GB-002", "90", "45", "10"), null), "no reason needed");
        assertTrue(gradebooks().publish(TEACHER, COHORT));
    }

    @Test
    @Order(9)
    void aScoreFileIsPreviewedWithItsRowProblemsAndNothingIsSavedUntilConfirmed() {
        ScoreImport imports = bean(ScoreImport.class);
        Table table = file("scores.csv", "\uFEFFService number;Name (Latin);Written exam;Practical exercise;Participation\n"
                + "GB-003;Layla Saeed;61;70;8\n"
                + "NOBODY-2;;50;20;5\n"
                + ";;1;1;1\n"
                + "GB-002;Omar Haddad;91;;\n");
        ScoreImportPreview preview = imports.preview(TEACHER, COHORT, table);
        assertFalse(preview.canImport());
        assertEquals(3, preview.rowsWithProblems());
        ScoreImportPreview.Line layla = preview.lines().get(0);
        assertEquals(2, layla.row());
        assertEquals("Layla Saeed (GB-003), Practical exercise: A score is between 0 and 50.",
                layla.problems().get(0).message(EN));
        assertEquals("The service number is missing.", preview.lines().get(2).problems().get(0).message(EN));
        assertFalse(preview.lines().get(3).hasProblems());
        assertThrows(ScoresRefusedException.class, () -> imports.importScores(TEACHER, COHORT, table, "From the file"));
        assertNull(row("GB-003").pointsAt(0), "nothing of a file with problems is saved");
        assertEquals(new BigDecimal("90.00"), row("GB-002").pointsAt(0));

        Table arabic = file("درجات.csv", "الرقم العسكري,اختبار كتابي,تمرين عملي,المشاركة\nGB-003,61,45,8\nGB-002,91,,\n");
        ScoreImportPreview good = imports.preview(TEACHER, COHORT, arabic);
        assertTrue(good.canImport(), good.toString());
        assertEquals(4, good.changes());
        assertNull(row("GB-003").pointsAt(0), "a preview saves nothing");
        assertEquals("gradebook.error.reasonNeeded",
                refusal(() -> imports.importScores(TEACHER, COHORT, arabic, null)).messageKey());
        assertEquals(4, imports.importScores(TEACHER, COHORT, arabic, "Marks from the exam board"));
        assertEquals(List.of(new BigDecimal("61.00"), new BigDecimal("45.00"), new BigDecimal("8.00")), row("GB-003").points());
        assertEquals(new BigDecimal("45.00"), row("GB-002").pointsAt(1), "a blank cell leaves the score as it is");

        Table inOrder = file("order.csv", "number,A,B,C\nGB-003,62,45,8\n");
        assertEquals(1, imports.preview(TEACHER, COHORT, inOrder).changes(), "unnamed columns follow the scheme's order");
        assertThrows(AccessDeniedException.class, () -> imports.preview(OTHER_TEACHER, COHORT, inOrder));
    }

    @Test
    @Order(10)
    void aBadFileIsRefusedAsAWholeAndChangesNothing() {
        ScoreImport imports = bean(ScoreImport.class);
        assertEquals("gradebook.import.error.noNumberColumn", refusal(() ->
                imports.preview(TEACHER, COHORT, file("x.csv", "Who,Written exam\nGB-003,1\n"))).messageKey());
        BusinessException unknown = refusal(() ->
                imports.preview(TEACHER, COHORT, file("x.csv", "Service number,Written exam,Homework\nGB-003,1,2\n")));
        assertEquals("gradebook.import.error.unknownColumns", unknown.messageKey());
        assertTrue(Messages.text(EN, unknown.messageKey(), unknown.arguments()).contains("Homework"));
        assertEquals("import.error.notCsv", refusal(() -> imports.read(
                new ByteArrayInputStream(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}), "scores.csv", null)).messageKey());
        assertEquals("import.error.unsupportedType", refusal(() -> file("scores.pdf", "%PDF-1.4")).messageKey());
        byte[] huge = new byte[(int) imports.maxBytes() + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertEquals("import.error.tooLarge", refusal(() -> imports.read(new ByteArrayInputStream(huge), "big.csv", null)).messageKey());
        assertEquals(new BigDecimal("61.00"), row("GB-003").pointsAt(0), "unchanged by the refused files");
    }

    @Test
    @Order(30)
    void completingTheCohortFinishesEachEnrolmentByItsResult() {
        assertEquals(ResultRule.Verdict.FAILED, row("GB-002").result().verdict(), "attendance 33% is below 80%");
        bean(CohortService.class).complete(COHORT);
        EnrolmentService enrolments = bean(EnrolmentService.class);
        assertEquals(EnrolmentStatus.COMPLETED, enrolments.statusOf(COHORT, "GB-001").orElseThrow().status());
        assertEquals(EnrolmentStatus.FAILED, enrolments.statusOf(COHORT, "GB-002").orElseThrow().status());
        assertEquals(EnrolmentStatus.COMPLETED, enrolments.statusOf(COHORT, "GB-003").orElseThrow().status());
        assertEquals(3, gradebook().rows().size(), "finished trainees stay in the gradebook");
        assertEquals("gradebook.error.completed",
                refusal(() -> gradebooks().record(TEACHER, COHORT, scores("GB-001", "1", "1", "1"), "late")).messageKey());
        assertEquals("gradebook.error.completed", refusal(() -> gradebooks().reopen(ADMIN, COHORT)).messageKey());
    }

    // ---- over HTTP -------------------------------------------------------------------------------------------

    private WebClient client() {
        return new WebClient(deploymentUrl).acceptLanguage("en");
    }

    private static String token(WebClient client, DemoAccounts account) {
        return client.issueToken(account.username, account.password);
    }

    private static HttpResponse<String> send(WebClient client, String method, String path, String json, String token) {
        HttpRequest.Builder request = client.request(path).header("Authorization", "Bearer " + token);
        return client.send(json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonObject gradesOf(WebClient client, String token) {
        HttpResponse<String> response = client.get("api/v1/cohorts/CP101-A/grades", token);
        assertEquals(200, response.statusCode(), response.body());
        return WebClient.json(response).asJsonObject();
    }

    private static JsonObject apiRow(JsonObject grades, String number) {
        return grades.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("serviceNumber").equals(number)).findFirst().orElseThrow();
    }

    @Test
    @Order(20)
    @RunAsClient
    void theApiRefusesEveryoneButTheCohortsInstructorsAndAdministrators() {
        WebClient client = client();
        String other = token(client, DemoAccounts.INSTRUCTOR_2);
        String trainee = token(client, DemoAccounts.TRAINEE);
        String admin = token(client, DemoAccounts.ADMIN);
        String body = "{\"scores\":[{\"serviceNumber\":\"" + TRAINEE_NUMBER + "\",\"component\":1,\"points\":50}]}";
        for (String token : List.of(other, trainee)) {
            assertEquals(403, client.get("api/v1/cohorts/CP101-A/grades", token).statusCode());
            assertEquals(403, send(client, "PUT", "api/v1/cohorts/CP101-A/grades", body, token).statusCode());
            assertEquals(403, send(client, "POST", "api/v1/cohorts/CP101-A/results/publish", null, token).statusCode());
            assertEquals(403, send(client, "POST", "api/v1/cohorts/CP101-A/results/reopen", null, token).statusCode());
        }
        assertEquals(403, send(client, "PUT", "api/v1/cohorts/CP101-A/grades", body, admin).statusCode());
        assertEquals(403, send(client, "POST", "api/v1/cohorts/CP101-A/results/publish", null, admin).statusCode());
        JsonObject grades = gradesOf(client, admin);
        assertEquals(6, grades.getJsonArray("rows").size());
        assertTrue(apiRow(grades, TRAINEE_NUMBER).getJsonArray("scores").stream()
                .allMatch(s -> s.asJsonObject().isNull("points")), "nothing was saved by the refused requests");
        assertEquals(404, client.get("api/v1/cohorts/NO-SUCH/grades", admin).statusCode());
        assertEquals(401, client.get("api/v1/cohorts/CP101-A/grades").statusCode());
    }

    @Test
    @Order(21)
    @RunAsClient
    void invalidScoresAreAProblemNamingTraineeAndComponentAndNothingIsSaved() {
        WebClient client = client();
        String instructor = token(client, DemoAccounts.INSTRUCTOR);
        JsonObject grades = gradesOf(client, instructor);
        JsonArray components = grades.getJsonArray("components");
        long written = components.getJsonObject(0).getJsonNumber("id").longValue();
        long practical = components.getJsonObject(1).getJsonNumber("id").longValue();
        String body = "{\"scores\":[{\"serviceNumber\":\"" + TRAINEE_NUMBER + "\",\"component\":" + written + ",\"points\":75},"
                + "{\"serviceNumber\":\"PS-104871\",\"component\":" + practical + ",\"points\":51}]}";
        HttpResponse<String> refused = send(client, "PUT", "api/v1/cohorts/CP101-A/grades", body, instructor);
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject problem = WebClient.problem(refused);
        assertEquals("gradebook.error.scoresRefused", problem.getString("code"));
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals("scores[1]", error.getString("field"));
        assertEquals("PS-104871", error.getString("serviceNumber"));
        assertEquals(practical, error.getJsonNumber("component").longValue());
        assertEquals("grading.error.pointsRange", error.getString("code"));
        assertTrue(error.getString("detail").contains("(PS-104871), Practical exercise: A score is between 0 and 50."),
                error.getString("detail"));
        assertTrue(problem.getString("detail").contains("Practical exercise"), problem.getString("detail"));
        assertTrue(apiRow(gradesOf(client, instructor), TRAINEE_NUMBER).getJsonArray("scores").getJsonObject(0).isNull("points"),
                "the valid score of the refused request was not saved either");

        String valid = "{\"scores\":[" + String.join(",", List.of(
                "{\"serviceNumber\":\"" + TRAINEE_NUMBER + "\",\"component\":" + written + ",\"points\":75}",
                "{\"serviceNumber\":\"" + TRAINEE_NUMBER + "\",\"component\":" + practical + ",\"points\":\"40.5\"}",
                "{\"serviceNumber\":\"" + TRAINEE_NUMBER + "\",\"component\":"
                        + components.getJsonObject(2).getJsonNumber("id").longValue() + ",\"points\":9}")) + "]}";
        HttpResponse<String> saved = send(client, "PUT", "api/v1/cohorts/CP101-A/grades", valid, instructor);
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject after = WebClient.json(saved).asJsonObject();
        assertEquals(3, after.getInt("changed"));
        JsonObject mine = apiRow(after, TRAINEE_NUMBER);
        assertEquals(new BigDecimal("80.40"), mine.getJsonNumber("weightedTotal").bigDecimalValue());
        // The total reaches the pass mark, so the demo's attendance in CP101-A (80 % needed) decides.
        assertEquals(verdictByAttendance(mine.getJsonObject("attendance"), "rate"), mine.getString("verdict"));
        assertEquals(400, send(client, "PUT", "api/v1/cohorts/CP101-A/grades", "[1]", instructor).statusCode());
    }

    @Test
    @Order(22)
    @RunAsClient
    void aTraineeSeesOnlyTheirOwnResultsAndOnlyOncePublished() {
        WebClient client = client();
        String instructor = token(client, DemoAccounts.INSTRUCTOR);
        String trainee = token(client, DemoAccounts.TRAINEE);
        String trainee2 = token(client, DemoAccounts.TRAINEE_2);
        JsonObject before = mineIn(client, trainee, "CP101-A");
        assertFalse(before.getBoolean("published"));
        assertFalse(before.containsKey("scores"), before.toString());

        HttpResponse<String> published = send(client, "POST", "api/v1/cohorts/CP101-A/results/publish", null, instructor);
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(WebClient.json(published).asJsonObject().getBoolean("published"));

        JsonObject mine = mineIn(client, trainee, "CP101-A");
        assertTrue(mine.getBoolean("published"));
        assertEquals(0, new BigDecimal("75").compareTo(mine.getJsonArray("scores").getJsonObject(0).getJsonNumber("points").bigDecimalValue()));
        assertEquals(verdictByAttendance(mine, "attendanceRate"), mine.getString("verdict"));
        HttpResponse<String> all = client.get("api/v1/me/results", trainee);
        assertFalse(all.body().contains("PS-104871") || all.body().contains("GB-00"), "nobody else's results: " + all.body());
        JsonObject theirs = mineIn(client, trainee2, "CP101-A");
        assertTrue(theirs.getJsonArray("scores").stream().allMatch(s -> s.asJsonObject().isNull("points")),
                "trainee2 sees their own (empty) scores, not trainee's");
        assertEquals(403, client.get("api/v1/me/results", instructor).statusCode());

        String admin = token(client, DemoAccounts.ADMIN);
        assertEquals(200, send(client, "POST", "api/v1/cohorts/CP101-A/results/reopen", null, admin).statusCode());
        assertFalse(mineIn(client, trainee, "CP101-A").getBoolean("published"));
    }

    /** The verdict of a trainee whose scores pass: attendance decides (none taken: no result yet). */
    private static String verdictByAttendance(JsonObject json, String rate) {
        if (json.isNull(rate)) {
            return "PENDING";
        }
        return json.getJsonNumber(rate).bigDecimalValue().compareTo(new BigDecimal("80")) >= 0 ? "PASSED" : "FAILED";
    }

    private static JsonObject mineIn(WebClient client, String token, String cohort) {
        HttpResponse<String> response = client.get("api/v1/me/results", token);
        assertEquals(200, response.statusCode(), response.body());
        return WebClient.json(response).asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("cohort").equals(cohort)).findFirst().orElseThrow();
    }

    @Test
    @Order(23)
    @RunAsClient
    void theExportsParseInTheReadersLanguageForAdministratorsAndTheCohortsInstructors() throws Exception {
        WebClient admin = client();
        admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        HttpResponse<String> csv = admin.get("admin/cohorts/gradebook.csv?code=CP101-0&lang=en");
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().split("\r\n");
        assertEquals("\uFEFF" + Messages.text(EN, "person.serviceNumber") + ",Name (Arabic),Name (Latin),Written exam (100),Practical exercise (50),"
                + "Participation (10),Attendance rate,Weighted total,Result", lines[0]);
        assertEquals(5, lines.length, csv.body());
        assertTrue(lines[1].matches("PS-2001\\d\\d,[^,]*[\\u0600-\\u06FF][^,]*,.*,(Passed|Failed)"), lines[1]);
        assertTrue(csv.body().contains(",Failed"), "the demo's failed trainee");

        HttpResponse<byte[]> xlsx = admin.getBytes("admin/cohorts/gradebook.xlsx?code=CP101-0&lang=ar");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.isRightToLeft());
            assertEquals(Messages.text(Language.ARABIC, "person.serviceNumber"), sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("اختبار كتابي (100)", sheet.getRow(0).getCell(3).getStringCellValue());
            assertEquals(4, sheet.getLastRowNum());
            double total = sheet.getRow(1).getCell(7).getNumericCellValue();
            assertTrue(total > 0 && total <= 100, "a number, not text: " + total);
        }
        assertEquals(404, admin.get("admin/cohorts/gradebook.csv?code=NO-SUCH").statusCode());

        WebClient instructor = client();
        instructor.signIn(DemoAccounts.INSTRUCTOR.username, DemoAccounts.INSTRUCTOR.password);
        assertEquals(200, instructor.get("instructor/gradebook.xlsx?code=CP101-A").statusCode());
        WebClient other = client();
        other.signIn(DemoAccounts.INSTRUCTOR_2.username, DemoAccounts.INSTRUCTOR_2.password);
        assertEquals(403, other.get("instructor/gradebook.csv?code=CP101-A").statusCode());
        assertEquals(403, other.get("admin/cohorts/gradebook.csv?code=CP101-A").statusCode(), "not an administrator");
    }

    @Test
    @Order(24)
    @RunAsClient
    void theGradebookPageRefusesACohortTheInstructorDoesNotTeachEvenInATamperedPost() {
        WebClient other = client();
        other.signIn(DemoAccounts.INSTRUCTOR_2.username, DemoAccounts.INSTRUCTOR_2.password);
        HttpResponse<String> forbidden = other.get("instructor/gradebook.xhtml?code=CP101-A");
        assertEquals(403, forbidden.statusCode());
        assertFalse(forbidden.body().contains(TRAINEE_NUMBER), "no trainee of CP101-A is shown");

        WebClient instructor = client();
        instructor.signIn(DemoAccounts.INSTRUCTOR.username, DemoAccounts.INSTRUCTOR.password);
        HttpResponse<String> page = instructor.get("instructor/gradebook.xhtml?code=CP101-A");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("grades:rows:0:scores:0:points"), "an input per score");
        String instructorToken = token(instructor, DemoAccounts.INSTRUCTOR);
        JsonObject before = gradesOf(instructor, instructorToken);

        // instructor2's own gradebook page, posted with the code of a cohort they do not teach
        WebClient tamperer = client();
        tamperer.signIn(DemoAccounts.INSTRUCTOR_2.username, DemoAccounts.INSTRUCTOR_2.password);
        HttpResponse<String> own = tamperer.get("instructor/gradebook.xhtml?code=" + COHORT);
        assertEquals(200, own.statusCode());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grades", "grades");
        form.put("code", "CP101-A");
        form.put("grades:rows:0:scores:0:points", "1");
        form.put("grades:save", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(own.body()));
        HttpResponse<String> tampered = tamperer.postForm("instructor/gradebook.xhtml?code=CP101-A", form);
        assertEquals(403, tampered.statusCode(), tampered.body());
        assertEquals(before.getJsonArray("rows"), gradesOf(instructor, instructorToken).getJsonArray("rows"), "nothing saved");
    }
}
