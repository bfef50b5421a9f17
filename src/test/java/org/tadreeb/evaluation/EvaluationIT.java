package org.tadreeb.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadreeb.testing.InContainer.bean;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tadreeb.platform.AccessDeniedException;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.i18n.Language;
import java.util.Set;
import org.tadreeb.people.Role;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.TestAccounts;
import org.tadreeb.testing.TestCourses;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.SharedDeployment;
import org.tadreeb.testing.TestDatabase;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.TestGrading;
import org.tadreeb.testing.TestMailbox;
import org.tadreeb.testing.WebClient;

/**
 * Evaluation surveys on the real database, with a real SMTP server. EVL-V (taught by instructor2, of the class's own
 * copy of CP101, EVL1) is completed for real with two trainees of the class's own with accounts (Ahmad and Mariam),
 * two trainees who read their mail in Arabic and in English, one
 * without an address and one who withdrew: completing invites the finished ones (page and mail in their language);
 * an evaluation is answered once, also when sent several times at once; a refused answer stores nothing; another
 * trainee's evaluation looks like none; publishing a new question version leaves the answered version as it was;
 * an anonymous response holds nothing that leads to the trainee (checked in the stored rows, the API and the pages);
 * only the cohort's instructors and administrators read its aggregate. The results show from two answers here
 * ({@code tadreeb.evaluation.min-responses=2}). The methods run in order. On the shared server: the question set and
 * the course's anonymity are global, so versions are counted from the one current when the class starts, and both
 * are put back as they were; lists are narrowed to the class's own cohorts (EVL-...).
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationIT {

    /** The class's own copy of CP101. */
    private static final String COURSE = "EVL1";
    private static final String COHORT = "EVL-V";
    private static final String NAMED_COHORT = "EVL-W";
    /** A cohort of the class's own in progress: no survey yet. */
    private static final String RUNNING = "EVL-N";
    /** The class's own cohorts meet from this hour (instructor2's; nobody else's). */
    private static final int HOUR = 6;
    private static final String TEACHER = DemoAccounts.INSTRUCTOR_2.username;
    private static final String ADMIN = DemoAccounts.ADMIN.username;
    /** The class's own trainees with accounts, in place of the demo's Ahmad and Mariam. */
    private static final String AHMAD = "EVP-101";
    private static final String MARIAM = "EVP-102";
    private static final String AHMAD_USER = "evl-ahmad";
    private static final String MARIAM_USER = "evl-mariam";
    private static final String PASSWORD = TestAccounts.PASSWORD;
    private static final String SALMA_MAIL = "evl-salma@example.org";
    private static final String JOHN_MAIL = "evl-john@example.org";
    private static final String LEFT_MAIL = "evl-left@example.org";
    /** Ahmad's answers and Mariam's, per question of the first version in its order. */
    private static final int[] AHMAD_SCORES = {5, 4, 4, 4, 4, 4, 4, 4};
    private static final int[] MARIAM_SCORES = {3, 4, 4, 4, 2, 4, 4, 4};

    /** A {@link TestMailbox}, typed loosely: this class is also loaded inside the server, where GreenMail is absent. */

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.archive();
    }

    @ArquillianResource
    URL deploymentUrl;

    private static BusinessException refusal(Runnable call) {
        RuntimeException thrown = assertThrows(RuntimeException.class, call::run);
        BusinessException business = BusinessExceptions.find(thrown);
        assertTrue(business != null, "expected a broken rule, got " + thrown);
        return business;
    }

    private static long invitationOf(String username, String cohort) {
        return bean(EvaluationService.class).open(username).stream().filter(o -> o.cohortCode().equals(cohort))
                .findFirst().orElseThrow(() -> new AssertionError(username + " has no open evaluation of " + cohort)).id();
    }

    private static Map<Long, Integer> scores(EvaluationForm form, int[] scores) {
        Map<Long, Integer> given = new HashMap<>();
        for (int i = 0; i < form.questions().size(); i++) {
            given.put(form.questions().get(i).id(), scores[i]);
        }
        return given;
    }

    @Test
    @Order(1)
    void completingACohortInvitesEachFinishedTraineeOnce() {
        int version = bean(QuestionSets.class).current().getVersionNumber();
        int questions = bean(QuestionSets.class).current().getQuestions().size();
        bean(TestCourses.class).copyOf("CP101", COURSE);
        TestAccounts accounts = bean(TestAccounts.class);
        accounts.open(AHMAD, AHMAD_USER, "Ahmad EVL", AHMAD_USER + "@own.example.org", Language.ENGLISH, "CPD-CAP",
                Set.of(Role.TRAINEE));
        accounts.open(MARIAM, MARIAM_USER, "Mariam EVL", MARIAM_USER + "@own.example.org", Language.ENGLISH, "CPD-CAP",
                Set.of(Role.TRAINEE));
        TestEnrolments people = bean(TestEnrolments.class);
        people.createTrainee("EVP-001", "Salma Haddad", SALMA_MAIL, "CPD-CAP", Language.ARABIC);
        people.createTrainee("EVP-002", "John Smith", JOHN_MAIL, "CPD-CAP", Language.ENGLISH);
        people.createTrainee("EVP-003", "No Address", null, "CPD-CAP", Language.ENGLISH);
        people.createTrainee("EVP-004", "Left Early", LEFT_MAIL, "CPD-CAP", Language.ENGLISH);
        bean(TestEvaluations.class).completedCohort(COHORT, COURSE, null, TEACHER,
                List.of(AHMAD, MARIAM, "EVP-001", "EVP-002", "EVP-003"), List.of("EVP-004"), HOUR);
        bean(TestGrading.class).inProgressCohort(RUNNING, COURSE, null, 3, TEACHER, bean(CentreClock.class).today(), HOUR - 4);

        EvaluationService evaluations = bean(EvaluationService.class);
        assertEquals(List.of(COHORT), evaluations.open(AHMAD_USER).stream().map(OpenEvaluation::cohortCode).toList());
        assertEquals(List.of(COHORT), evaluations.open(MARIAM_USER).stream().map(OpenEvaluation::cohortCode).toList());
        assertEquals(0, bean(EvaluationInvitations.class).invite(COHORT), "nobody is invited twice");
        CohortEvaluation results = bean(EvaluationResults.class).ofCohort(ADMIN, COHORT).orElseThrow();
        assertEquals(5, results.invited(), "the five who finished; not the one who withdrew");
        assertEquals(0, results.responses());
        assertTrue(results.anonymous(), "anonymous unless the course says otherwise");
        assertEquals(version, results.version(), "the version current when the class began");
        EvaluationForm form = evaluations.form(AHMAD_USER, invitationOf(AHMAD_USER, COHORT));
        assertEquals(8, questions, "the demo's questions, as every class leaves them");
        assertEquals(questions, form.questions().size());
        assertFalse(form.answered());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theInvitationIsMailedInEachTraineesLanguageWithTheFormsAddress() {
        String arabic = TestMailbox.awaitText(SharedDeployment.mailbox(), SALMA_MAIL, text -> text.contains(COHORT));
        assertTrue(arabic.contains("مرحبًا متدرب Salma Haddad") && arabic.contains("أساسيات الشرطة المجتمعية")
                && arabic.contains("https://tadreeb.example.org/trainee/evaluation.xhtml?id="), arabic);
        String english = TestMailbox.awaitText(SharedDeployment.mailbox(), JOHN_MAIL, text -> text.contains(COHORT));
        assertTrue(english.contains("Dear John Smith") && english.contains("Community Policing Fundamentals")
                && english.contains("https://tadreeb.example.org/trainee/evaluation.xhtml?id="), english);
        assertEquals(List.of("نرجو تقييم دورتك: " + COHORT), TestMailbox.subjectsTo(SharedDeployment.mailbox(), SALMA_MAIL));
        assertEquals(List.of("Please evaluate your course: " + COHORT), TestMailbox.subjectsTo(SharedDeployment.mailbox(), JOHN_MAIL));
        assertEquals(0, TestMailbox.countTo(SharedDeployment.mailbox(), LEFT_MAIL), "a withdrawn trainee is not invited");
    }

    private WebClient client() {
        return new WebClient(deploymentUrl).acceptLanguage("en");
    }

    private static HttpResponse<String> post(WebClient client, String token, long id, String json) {
        return client.post("api/v1/me/evaluations/" + id, token, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** The caller's open evaluation of the cohort, by the API. */
    private static JsonObject openOf(WebClient client, String token, String cohort) {
        HttpResponse<String> open = client.get("api/v1/me/evaluations", token);
        assertEquals(200, open.statusCode(), open.body());
        return WebClient.json(open).asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("cohort").equals(cohort)).findFirst().orElse(null);
    }

    private static String answers(JsonObject form, int[] scores, String comment) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        JsonArray questions = form.getJsonArray("questions");
        for (int i = 0; i < questions.size() && i < scores.length; i++) {
            answers.add(Long.toString(questions.getJsonObject(i).getJsonNumber("id").longValue()), scores[i]);
        }
        JsonObjectBuilder body = Json.createObjectBuilder().add("answers", answers);
        if (comment != null) {
            body.add("comment", comment);
        }
        return body.build().toString();
    }

    @Test
    @Order(3)
    @RunAsClient
    void answeringSeveralTimesAtOnceStoresOneResponseAndTellsTheOthersItWasReceived() throws Exception {
        WebClient client = client();
        String token = client.issueToken(AHMAD_USER, PASSWORD);
        long id = openOf(client, token, COHORT).getJsonNumber("id").longValue();
        HttpResponse<String> formResponse = client.get("api/v1/me/evaluations/" + id, token);
        assertEquals(200, formResponse.statusCode(), formResponse.body());
        JsonObject form = WebClient.json(formResponse).asJsonObject();
        assertEquals(8, form.getJsonArray("questions").size());
        assertEquals("The course content was clear and well organised.", form.getJsonArray("questions").getJsonObject(0).getString("text"));
        String body = answers(form, AHMAD_SCORES, "More field visits, please.");

        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Callable<HttpResponse<String>> send = () -> post(client, token, id, body);
            sent.add(pool.submit(send));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> response : sent) {
            HttpResponse<String> answered = response.get();
            statuses.add(answered.statusCode());
            if (answered.statusCode() == 409) {
                JsonObject problem = WebClient.problem(answered);
                assertEquals("evaluation.alreadyReceived", problem.getString("code"));
                assertEquals("Your evaluation of cohort " + COHORT + " was already received; the answers you sent first stand.",
                        problem.getString("detail"));
            }
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        HttpResponse<String> again = post(client, token, id, answers(form, new int[] {1, 1, 1, 1, 1, 1, 1, 1}, null));
        assertEquals(409, again.statusCode(), "a later resend changes nothing");
        assertNull(openOf(client, token, COHORT), "no longer waiting");
        assertTrue(WebClient.json(client.get("api/v1/me/evaluations/" + id, token)).asJsonObject().getBoolean("answered"));
    }

    @Test
    @Order(4)
    @RunAsClient
    void refusedAnswersStoreNothingAndAnotherTraineesEvaluationLooksLikeNone() {
        WebClient client = client();
        String mariam = client.issueToken(MARIAM_USER, PASSWORD);
        String ahmad = client.issueToken(AHMAD_USER, PASSWORD);
        long own = openOf(client, mariam, COHORT).getJsonNumber("id").longValue();
        JsonObject form = WebClient.json(client.get("api/v1/me/evaluations/" + own, mariam)).asJsonObject();
        JsonArray questions = form.getJsonArray("questions");

        HttpResponse<String> missing = post(client, mariam, own, answers(form, new int[] {3, 4, 4}, null));
        assertEquals(422, missing.statusCode(), missing.body());
        JsonArray errors = WebClient.problem(missing).getJsonArray("errors");
        assertEquals(5, errors.size(), errors.toString());
        assertEquals("q" + questions.getJsonObject(3).getJsonNumber("id").longValue(), errors.getJsonObject(0).getString("field"));
        assertEquals("Statement 4: please choose an answer from 1 to 5.", errors.getJsonObject(0).getString("detail"));

        int[] offScale = MARIAM_SCORES.clone();
        offScale[1] = 7;
        HttpResponse<String> wrong = post(client, mariam, own, answers(form, offScale, "x".repeat(1001)));
        assertEquals(422, wrong.statusCode(), wrong.body());
        List<String> codes = WebClient.problem(wrong).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("code")).toList();
        assertEquals(List.of("evaluation.error.answerOutOfScale", "evaluation.error.commentTooLong"), codes);
        assertEquals(400, client.post("api/v1/me/evaluations/" + own, mariam, "application/json",
                "{not json".getBytes(StandardCharsets.UTF_8)).statusCode());
        assertTrue(openOf(client, mariam, COHORT) != null, "nothing was stored: still waiting");

        assertEquals(404, client.get("api/v1/me/evaluations/" + own, ahmad).statusCode(), "Mariam's evaluation is not Ahmad's");
        HttpResponse<String> notHers = post(client, ahmad, own, answers(form, AHMAD_SCORES, null));
        HttpResponse<String> unknown = post(client, ahmad, 999_999, answers(form, AHMAD_SCORES, null));
        assertEquals(404, notHers.statusCode());
        assertEquals(404, unknown.statusCode());
        assertEquals(WebClient.problem(unknown), WebClient.problem(notHers), "another's evaluation looks exactly like none");
        assertFalse(notHers.body().contains(COHORT));
        assertEquals(403, client.get("api/v1/me/evaluations", client.issueToken(TEACHER, DemoAccounts.INSTRUCTOR_2.password)).statusCode());

        WebClient page = client();
        page.signIn(AHMAD_USER, PASSWORD);
        assertEquals(404, page.get("trainee/evaluation.xhtml?id=" + own + "&lang=en").statusCode(), "nor on the page");
    }

    @Test
    @Order(5)
    @RunAsClient
    void aResentFormKeepsTheFirstAnswersAndSaysSo() {
        WebClient page = client();
        page.signIn(MARIAM_USER, PASSWORD);
        String token = page.issueToken(MARIAM_USER, PASSWORD);
        long id = openOf(page, token, COHORT).getJsonNumber("id").longValue();
        HttpResponse<String> formPage = page.get("trainee/evaluation.xhtml?id=" + id + "&lang=en");
        assertEquals(200, formPage.statusCode());
        assertTrue(formPage.body().contains("<legend>"), "each statement is a fieldset with its legend");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("evaluation", "evaluation");
        for (int i = 0; i < MARIAM_SCORES.length; i++) {
            fields.put("evaluation:questions:" + i + ":score", Integer.toString(MARIAM_SCORES[i]));
        }
        fields.put("evaluation:comment", "الأمثلة من الواقع المحلي كانت مفيدة جدًا.");
        fields.put("evaluation:send", "");
        fields.put("jakarta.faces.ViewState", WebClient.viewState(formPage.body()));

        Map<String, String> incomplete = new LinkedHashMap<>(fields);
        incomplete.remove("evaluation:questions:4:score");
        HttpResponse<String> refused = page.postForm("trainee/evaluation.xhtml?id=" + id, incomplete);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Statement 5: please choose an answer from 1 to 5."), refused.body());

        HttpResponse<String> first = page.postForm("trainee/evaluation.xhtml?id=" + id, fields);
        assertEquals(302, first.statusCode(), first.body());
        assertTrue(page.get(WebClient.redirectPath(first).substring(1)).body()
                .contains("Thank you: your evaluation of cohort " + COHORT + " has been received."));
        // The back button and a resend post the same form again: the form is gone from the page by then, which
        // says the evaluation was received; the first answers stand.
        HttpResponse<String> resent = page.postForm("trainee/evaluation.xhtml?id=" + id, fields);
        assertEquals(200, resent.statusCode());
        assertTrue(resent.body().contains("Your evaluation of cohort " + COHORT + " was already received; the answers you sent first stand."),
                resent.body());
        assertFalse(resent.body().contains("id=\"evaluation\""), "no form to send again");
        assertTrue(page.get("trainee/evaluation.xhtml?id=" + id + "&lang=en").body().contains("id=\"alreadyAnswered\""));
    }

    @Test
    @Order(6)
    void aNewVersionOfTheQuestionsLeavesTheAnswersGivenAsTheyWere() {
        QuestionSets sets = bean(QuestionSets.class);
        int base = sets.current().getVersionNumber();
        List<QuestionDraft> drafts = new ArrayList<>(sets.current().getQuestions().stream().map(Question::draft).toList());
        int questions = drafts.size();
        drafts.set(0, new QuestionDraft(Topic.CONTENT, "كان المحتوى مناسبًا لعملي.", "The content suited my work."));
        drafts.remove(drafts.size() - 1);
        assertEquals(base + 1, sets.publish(ADMIN, drafts));
        assertEquals("evaluation.error.unchanged", refusal(() -> sets.publish(ADMIN, drafts)).messageKey());
        assertEquals(base + 1, sets.versions().get(0).number());
        assertEquals(questions - 1, sets.versions().get(0).questions());

        CohortEvaluation results = bean(EvaluationResults.class).ofCohort(TEACHER, COHORT).orElseThrow();
        assertEquals(base, results.version(), "the survey keeps the version it was answered with");
        assertEquals(questions, results.questions().size());
        assertEquals("The course content was clear and well organised.", results.questions().get(0).textEnglish());
        assertEquals(2, results.responses());
        assertTrue(results.shown());
        assertEquals(new BigDecimal("4.00"), results.questions().get(0).mean(), "(5 + 3) / 2");
        assertEquals(List.of(0L, 0L, 1L, 0L, 1L), results.questions().get(0).distribution());
        assertEquals(new BigDecimal("3.00"), results.questions().get(4).mean(), "(4 + 2) / 2");
        assertEquals(new BigDecimal("3.88"), results.overall(), "62 points over 16 answers");
        assertEquals(2, results.comments().size());
    }

    @Test
    @Order(7)
    void anAnonymousResponseHoldsNothingThatLeadsToTheTrainee() {
        TestEvaluations database = bean(TestEvaluations.class);
        assertEquals(List.of("id", "survey_id", "form_id", "enrolment_id", "comment_text"),
                database.columnsOf("evaluation_response").stream().map(c -> c.split(" ")[0]).toList());
        assertEquals(List.of("response_id", "question_id", "score"),
                database.columnsOf("evaluation_answer").stream().map(c -> c.split(" ")[0]).toList());
        assertEquals(List.of("invitation_id"),
                database.columnsOf("evaluation_participation").stream().map(c -> c.split(" ")[0]).toList(),
                "who has answered is kept apart, without answers");
        for (String table : List.of("evaluation_response", "evaluation_answer", "evaluation_participation")) {
            assertTrue(database.columnsOf(table).stream().noneMatch(c -> c.contains("DATE") || c.contains("TIME")),
                    table + " keeps no moment: " + database.columnsOf(table));
        }
        List<Map<String, Object>> responses = database.rows("""
                SELECT r.id, r.enrolment_id FROM evaluation_response r
                JOIN evaluation_survey s ON s.id = r.survey_id
                JOIN cohort h ON h.id = s.cohort_id
                WHERE h.code = ?""", COHORT);
        assertEquals(2, responses.size());
        for (Map<String, Object> response : responses) {
            assertNull(response.get("enrolment_id"), "no link to the enrolment");
            assertTrue(response.get("id").toString().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"),
                    "a random key, not an arrival number: " + response.get("id"));
        }
    }

    @Test
    @Order(8)
    void aNamedCourseKeepsTheEnrolmentAndSurveysAlreadyOpenKeepTheirAnonymity() {
        QuestionSets sets = bean(QuestionSets.class);
        int answered = bean(EvaluationResults.class).ofCohort(ADMIN, COHORT).orElseThrow().version();
        List<String> namedBefore = sets.namedCourses();
        try {
            sets.setAnonymous(ADMIN, COURSE, false);
            List<String> namedNow = new ArrayList<>(sets.namedCourses());
            namedNow.removeAll(namedBefore);
            assertEquals(List.of(COURSE), namedNow, "the course is named now, and nothing else changed");
            bean(TestEvaluations.class).completedCohort(NAMED_COHORT, COURSE, null, TEACHER, List.of(MARIAM), List.of(), HOUR);
            EvaluationService evaluations = bean(EvaluationService.class);
            long id = invitationOf(MARIAM_USER, NAMED_COHORT);
            EvaluationForm form = evaluations.form(MARIAM_USER, id);
            assertFalse(form.anonymous());
            assertEquals(sets.current().getVersionNumber(), form.version(), "a new survey uses the latest version");
            assertEquals(answered + 1, form.version(), "the one published after the first survey's");
            assertEquals("The content suited my work.", form.questions().get(0).textEnglish());
            evaluations.answer(MARIAM_USER, id, scores(form, MARIAM_SCORES), null);
            sets.setAnonymous(ADMIN, COURSE, true);
            assertEquals(namedBefore, sets.namedCourses(), "anonymous again");
        } finally {
            // The question set and the course's anonymity are every class's: leave them as they were.
            sets.setAnonymous(ADMIN, COURSE, true);
            bean(TestEvaluations.class).restoreQuestions(answered);
        }

        TestEvaluations database = bean(TestEvaluations.class);
        List<Map<String, Object>> named = database.rows("""
                SELECT r.enrolment_id, e.cohort_id FROM evaluation_response r
                JOIN enrolment e ON e.id = r.enrolment_id
                JOIN cohort h ON h.id = e.cohort_id
                WHERE h.code = ?""", NAMED_COHORT);
        assertEquals(1, named.size(), "the named survey's response names its enrolment");
        assertEquals(0, database.rows("""
                SELECT r.id FROM evaluation_response r
                JOIN evaluation_survey s ON s.id = r.survey_id
                JOIN cohort h ON h.id = s.cohort_id
                WHERE h.code = ? AND r.enrolment_id IS NOT NULL""", COHORT).size());
        assertTrue(bean(EvaluationResults.class).ofCohort(ADMIN, COHORT).orElseThrow().anonymous());
    }

    @Test
    @Order(9)
    void onlyTheCohortsInstructorsAndAdministratorsReadItsResults() {
        EvaluationResults results = bean(EvaluationResults.class);
        assertThrows(AccessDeniedException.class, () -> results.ofCohort(DemoAccounts.INSTRUCTOR.username, COHORT));
        assertThrows(AccessDeniedException.class, () -> results.ofCohort(AHMAD_USER, COHORT));
        assertThrows(AccessDeniedException.class, () -> results.surveys(TEACHER));
        assertEquals(List.of(COHORT, NAMED_COHORT), results.teaching(TEACHER).stream().map(SurveySummary::cohortCode)
                .filter(EvaluationIT::ours).sorted().toList(), "of the class's own cohorts, those evaluated");
        assertTrue(results.teaching(DemoAccounts.INSTRUCTOR.username).stream().noneMatch(s -> s.cohortCode().equals(COHORT)));
        SurveySummary demo = results.surveys(ADMIN).stream().filter(s -> s.cohortCode().equals("CP101-0")).findFirst().orElseThrow();
        assertEquals(4, demo.invited(), "the demo's completed cohort is evaluated");
        assertEquals(3, demo.responses());

        var today = bean(CentreClock.class).today();
        List<AverageScores> byCohort = results.averages(today.minusDays(1), today, EvaluationResults.Grouping.COHORT)
                .stream().filter(a -> ours(a.code())).toList();
        assertEquals(List.of(COHORT, NAMED_COHORT), byCohort.stream().map(AverageScores::code).toList());
        assertEquals(new BigDecimal("3.88"), byCohort.get(0).overall());
        assertEquals(new BigDecimal("3.50"), byCohort.get(0).byTopic().get(Topic.VENUE), "(4 + 4 + 2 + 4) / 4");
        assertNull(byCohort.get(1).overall(), "one answer is too few to show");
        List<AverageScores> byCourse = results.averages(today.minusDays(1), today, EvaluationResults.Grouping.COURSE)
                .stream().filter(a -> a.code().startsWith("EVL")).toList();
        assertEquals(1, byCourse.size(), "both cohorts under their one course");
        assertEquals(COURSE, byCourse.get(0).code());
        assertEquals(3, byCourse.get(0).responses(), "the two cohorts' answers, and only theirs");
    }

    /** Whether the cohort is one of the class's own. */
    private static boolean ours(String cohortCode) {
        return cohortCode.startsWith("EVL-");
    }

    @Test
    @Order(10)
    @RunAsClient
    void theApiAndThePagesShowAggregatesOnlyAndOnlyToThoseAllowed() {
        WebClient client = client();
        String teacher = client.issueToken(TEACHER, DemoAccounts.INSTRUCTOR_2.password);
        HttpResponse<String> response = client.get("api/v1/cohorts/" + COHORT + "/evaluation", teacher);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject results = WebClient.json(response).asJsonObject();
        assertEquals(5, results.getInt("invited"));
        assertEquals(2, results.getInt("responses"));
        assertTrue(results.getBoolean("shown"));
        assertEquals(1, results.getJsonArray("questions").getJsonObject(0).getJsonObject("distribution").getInt("5"));
        assertEquals(2, results.getJsonArray("comments").size());
        assertNoIdentity(response.body());

        assertEquals(403, client.get("api/v1/cohorts/" + COHORT + "/evaluation",
                client.issueToken(DemoAccounts.INSTRUCTOR.username, DemoAccounts.INSTRUCTOR.password)).statusCode());
        assertEquals(403, client.get("api/v1/cohorts/" + COHORT + "/evaluation",
                client.issueToken(AHMAD_USER, PASSWORD)).statusCode());
        String admin = client.issueToken(ADMIN, DemoAccounts.ADMIN.password);
        assertEquals(200, client.get("api/v1/cohorts/" + COHORT + "/evaluation", admin).statusCode());
        assertEquals(404, client.get("api/v1/cohorts/NO-SUCH/evaluation", admin).statusCode());
        HttpResponse<String> notYet = client.get("api/v1/cohorts/" + RUNNING + "/evaluation", admin);
        assertEquals(404, notYet.statusCode());
        assertEquals("evaluation.error.noSurvey", WebClient.problem(notYet).getString("code"));
        assertEquals(401, client.get("api/v1/cohorts/" + COHORT + "/evaluation").statusCode());

        WebClient teacherPage = client();
        teacherPage.signIn(TEACHER, DemoAccounts.INSTRUCTOR_2.password);
        HttpResponse<String> page = teacherPage.get("instructor/evaluation.xhtml?code=" + COHORT + "&lang=en");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("More field visits, please."), "the comments are listed");
        assertNoIdentity(page.body());
        assertTrue(teacherPage.get("instructor/evaluations.xhtml").body().contains(COHORT));
        WebClient otherPage = client();
        otherPage.signIn(DemoAccounts.INSTRUCTOR.username, DemoAccounts.INSTRUCTOR.password);
        assertEquals(403, otherPage.get("instructor/evaluation.xhtml?code=" + COHORT).statusCode());
        WebClient adminPage = client();
        adminPage.signIn(ADMIN, DemoAccounts.ADMIN.password);
        HttpResponse<String> adminResults = adminPage.get("admin/cohorts/evaluation.xhtml?code=" + COHORT);
        assertEquals(200, adminResults.statusCode());
        assertNoIdentity(adminResults.body());
        HttpResponse<String> all = adminPage.get("admin/evaluation-results.xhtml");
        assertTrue(all.body().contains(COHORT) && all.body().contains("CP101-0"));
        assertEquals(200, adminPage.get("admin/evaluation.xhtml").statusCode());
        assertEquals(403, teacherPage.get("admin/evaluation.xhtml").statusCode());
    }

    /** Nothing that names the answering trainees: names, service numbers, user names, response keys. */
    private static void assertNoIdentity(String text) {
        for (String identity : List.of(AHMAD, MARIAM, "Ahmad", "Mariam", "أحمد", "مريم", "EVP-", "Salma", "John Smith",
                AHMAD_USER, MARIAM_USER)) {
            assertFalse(text.contains(identity), "reveals " + identity);
        }
        assertFalse(text.matches("(?s).*[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}.*"), "reveals a response key");
    }
}
