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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
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
import org.tadreeb.cohort.CohortNotFoundException;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.cohort.MeetingDetails;
import org.tadreeb.enrolment.EnrolmentLookup;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.people.imports.Table;
import org.tadreeb.platform.AccessDeniedException;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.audit.AuditRecord;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.SharedDeployment;
import org.tadreeb.testing.StartedCohortServlet;
import org.tadreeb.testing.TestAccounts;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.TestGrading;
import org.tadreeb.testing.WebClient;

/**
 * Attendance and the gradebook on the real database, in one deployment. The methods run in order; the attendance
 * ones (1 to 8) and the gradebook ones (101 to 130) each work on a cohort of their own, so neither half depends on
 * the other having run.
 * <p>
 * Attendance, on cohort GRD-T (meetings two days ago, yesterday — plus a cancelled one —, and in two days;
 * trainees GRD-T-1 to -3 and a withdrawn GRD-T-9, prepared by the first attendance method for the others): a
 * whole meeting recorded at once, unchanged lines changing nothing, every change audited; a bad line (an excused
 * absence without a note, a trainee not in the cohort) refusing the request with nothing saved; meetings that take no
 * attendance (cancelled, not started); what "not yet taken" means; who may read and record — through the service, the
 * API and the pages (a colleague who does not teach the cohort, a trainee, a tampered view parameter) — and the CSV and
 * XLSX export.
 * <p>
 * The gradebook, each method building on the one before. In the server, on cohort GRD-G taught by instructor2:
 * recording (all or none, unchanged scores change nothing, refusals naming trainee and component), publishing,
 * reasons and audit after publishing, reopening, score files (preview with row problems, nothing saved until
 * confirmed, bad files change nothing), completion finishing the enrolments; who may do what through the services.
 * Over HTTP, on GRD-A taught by instructor, with two trainees of the class's own with accounts: the API's answers
 * and refusals, the trainee's own results only, the exports (of GRD-X, completed with one failed trainee), and
 * tampered page requests.
 * <p>
 * On the shared server every cohort here is the class's own, of its own copy of CP101 (GRD1), in its own room
 * (GRD-V) or remote, at hours no other class uses (instructor's: 04:00–06:00, 06:00–08:00, 08:00–09:00; instructor2's: 06:00–08:00), so that the
 * class passes whatever ran before it.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GradingIT {

    /** The class's own copy of CP101 and its own room. */
    private static final String COURSE = "GRD1";
    private static final String VENUE = "GRD-V";
    /** The attendance methods' cohort, taught by instructor, meeting from this hour (a cancelled one at the other). */
    private static final String ATTENDED = "GRD-T";
    private static final int HOUR = 6;
    private static final int CANCELLED_HOUR = 8;
    private static final String FIRST = ATTENDED + "-1";
    private static final String SECOND = ATTENDED + "-2";
    private static final String THIRD = ATTENDED + "-3";
    private static final String WITHDRAWN = ATTENDED + "-9";

    /** The gradebook methods' cohort, taught by instructor2. */
    private static final String GRADED = "GRD-G";
    /** The gradebook over HTTP: a cohort taught by instructor, meeting from this hour, with trainees of its own. */
    private static final String HTTP = "GRD-A";
    private static final int HTTP_HOUR = 4;
    /** A completed cohort of the class's own, for the exports: four trainees, one of whom failed. */
    private static final String EXPORTED = "GRD-X";
    private static final String TEACHER = DemoAccounts.INSTRUCTOR_2.username;
    private static final String OTHER_TEACHER = DemoAccounts.INSTRUCTOR.username;
    private static final String ADMIN = DemoAccounts.ADMIN.username;
    /** Trainees of the class's own with accounts, both in GRD-A (in place of the demo's "trainee" and "trainee2"). */
    private static final String TRAINEE_NUMBER = "GRP-101";
    private static final String TRAINEE_2_NUMBER = "GRP-102";
    private static final String TRAINEE_USER = "grd-ahmad";
    private static final String TRAINEE_2_USER = "grd-mariam";
    private static final Language EN = Language.ENGLISH;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.archive();
    }

    @ArquillianResource
    URL deploymentUrl;

    // ---- attendance inside the server ---------------------------------------------------------------------------

    private static LocalDate today() {
        return bean(CentreClock.class).today();
    }

    /** The id of the cohort's meeting on the day (days from today) and hour given. */
    private static long meeting(String cohort, int day, int hour) {
        return bean(CohortService.class).getByCode(cohort).getMeetings().stream()
                .filter(m -> m.getStartsAt().equals(today().plusDays(day).atTime(hour, 0)))
                .findFirst().orElseThrow().getId();
    }

    private static AttendanceService.Entry line(String number, AttendanceMark mark, String note) {
        return new AttendanceService.Entry(number, mark, note);
    }

    /** The class's own course and room, made by whichever half runs first. */
    private static void ownCourseAndRoom() {
        GradingFixtures fixtures = bean(GradingFixtures.class);
        fixtures.venue(VENUE);
        fixtures.course(COURSE, "CP101");
    }

    @Test
    @Order(1)
    void prepareAttendance() {
        ownCourseAndRoom();
        StartedCohortServlet.create(ATTENDED, COURSE, VENUE, HOUR, 3);
        CohortService cohorts = bean(CohortService.class);
        cohorts.addMeeting(ATTENDED, new MeetingDetails(today().minusDays(1), java.time.LocalTime.of(CANCELLED_HOUR, 0),
                java.time.LocalTime.of(CANCELLED_HOUR + 1, 0), null, null));
        cohorts.cancelMeeting(ATTENDED, meeting(ATTENDED, -1, CANCELLED_HOUR));
        bean(TestEnrolments.class).enrolNewTrainee(ATTENDED, WITHDRAWN, "متدرب منسحب", "Withdrawn Trainee",
                "grd-withdrawn@example.org", Language.ENGLISH, EnrolmentStatus.WITHDRAWN);
    }

    @Test
    @Order(2)
    void aMeetingIsRecordedInOneGoUnchangedLinesChangeNothingAndEveryChangeIsAudited() {
        AttendanceService attendance = bean(AttendanceService.class);
        long first = meeting(ATTENDED, -2, HOUR);
        AttendanceSheet before = attendance.sheet("instructor", ATTENDED, first);
        assertEquals(List.of(FIRST, SECOND, THIRD).stream().sorted().toList(),
                before.lines().stream().map(AttendanceSheet.Line::serviceNumber).sorted().toList(),
                "the enrolled trainees, not the withdrawn one");
        assertTrue(before.lines().stream().allMatch(l -> l.mark() == null), "no marks yet");
        assertFalse(before.taken());
        assertTrue(before.open());

        int changed = attendance.record("instructor", ATTENDED, first, List.of(line(FIRST, AttendanceMark.PRESENT, null),
                line(SECOND, AttendanceMark.LATE, " traffic "), line(THIRD, AttendanceMark.PRESENT, "")));
        assertEquals(3, changed);
        AttendanceSheet after = attendance.sheet("instructor", ATTENDED, first);
        assertTrue(after.taken());
        Map<String, AttendanceSheet.Line> lines = after.lines().stream()
                .collect(Collectors.toMap(AttendanceSheet.Line::serviceNumber, l -> l));
        assertEquals(AttendanceMark.LATE, lines.get(SECOND).mark());
        assertEquals("traffic", lines.get(SECOND).note());
        assertEquals("instructor", lines.get(SECOND).recordedBy());
        assertNull(lines.get(THIRD).note(), "a blank note is no note");

        assertEquals(0, attendance.record("instructor", ATTENDED, first, List.of(line(FIRST, AttendanceMark.PRESENT, null),
                line(SECOND, AttendanceMark.LATE, "traffic"))), "the same marks again change nothing");
        assertEquals(1, attendance.record("instructor", ATTENDED, first, List.of(line(SECOND, AttendanceMark.PRESENT, null))));

        List<AuditRecord> history = bean(AuditLog.class).historyOf("Attendance", ATTENDED + "/" + first + "/" + SECOND);
        assertEquals(List.of("attendance.recorded", "attendance.changed"), history.stream().map(AuditRecord::getAction).toList());
        assertNull(history.get(0).getBeforeState());
        assertEquals("mark=LATE; note=traffic", history.get(0).getAfterState());
        assertEquals("mark=LATE; note=traffic", history.get(1).getBeforeState());
        assertEquals("mark=PRESENT; note=", history.get(1).getAfterState());
        assertEquals(1, bean(AuditLog.class).historyOf("Attendance", ATTENDED + "/" + first + "/" + FIRST).size(),
                "the unchanged line left no second record");
    }

    @Test
    @Order(3)
    void aBadLineRefusesTheWholeMeetingNamingEachTraineeAndSavesNothing() {
        AttendanceService attendance = bean(AttendanceService.class);
        long second = meeting(ATTENDED, -1, HOUR);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> attendance.record("instructor",
                ATTENDED, second, List.of(line(FIRST, AttendanceMark.PRESENT, null), line(SECOND, AttendanceMark.EXCUSED, "  "),
                        line(WITHDRAWN, AttendanceMark.PRESENT, null), line("NO-SUCH-1", AttendanceMark.ABSENT, null))));
        assertEquals(Map.of(SECOND, "attendance.error.excuseNeedsNoteFor", WITHDRAWN, "attendance.error.notInCohort",
                        "NO-SUCH-1", "attendance.error.notInCohort"),
                refused.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::messageKey)));
        FieldError excuse = refused.errors().stream().filter(e -> e.field().equals(SECOND)).findFirst().orElseThrow();
        assertTrue(Messages.text(Language.ENGLISH, excuse.messageKey(), excuse.arguments().toArray()).contains("Layla Nasser"),
                "the message names the trainee");
        AttendanceSheet untouched = attendance.sheet("instructor", ATTENDED, second);
        assertFalse(untouched.taken(), "nothing saved, not even the good line");
        assertTrue(bean(AuditLog.class).historyOf("Attendance", ATTENDED + "/" + second + "/" + FIRST).isEmpty());

        assertEquals("attendance.error.notStarted", assertThrows(BusinessException.class, () -> attendance.record(
                "instructor", ATTENDED, meeting(ATTENDED, 2, HOUR), List.of(line(FIRST, AttendanceMark.PRESENT, null)))).messageKey());
        assertEquals("attendance.error.meetingCancelled", assertThrows(BusinessException.class, () -> attendance.record(
                "instructor", ATTENDED, meeting(ATTENDED, -1, CANCELLED_HOUR), List.of(line(FIRST, AttendanceMark.PRESENT, null)))).messageKey());
        assertFalse(attendance.sheet("instructor", ATTENDED, meeting(ATTENDED, 2, HOUR)).open());
    }

    @Test
    @Order(4)
    void notYetTakenMeansHeldStartedAndWithoutMarks() {
        List<Long> untaken = bean(AttendanceService.class).notYetTaken("instructor").stream()
                .filter(s -> s.cohortCode().equals(ATTENDED)).map(AttendanceSheet.Slot::id).toList();
        assertEquals(List.of(meeting(ATTENDED, -1, HOUR)), untaken,
                "not the one taken, not the cancelled one, not the one in two days");
        assertTrue(bean(AttendanceService.class).notYetTaken("instructor2").stream()
                .noneMatch(s -> s.cohortCode().equals(ATTENDED)), "not a colleague's");
        assertTrue(bean(AttendanceService.class).meetingsAhead("instructor", 14).stream()
                .anyMatch(s -> s.id() == meeting(ATTENDED, 2, HOUR)), "the meeting in two days is ahead");
        assertTrue(bean(InstructorAgenda.class).gradingToDo("instructor").stream().anyMatch(c -> c.code().equals(ATTENDED)));
    }

    @Test
    @Order(5)
    void onlyTheCohortsInstructorsRecordAndAdministratorsOnlyRead() {
        AttendanceService attendance = bean(AttendanceService.class);
        long first = meeting(ATTENDED, -2, HOUR);
        List<AttendanceService.Entry> absent = List.of(line(FIRST, AttendanceMark.ABSENT, null));
        assertThrows(AccessDeniedException.class, () -> attendance.sheet("instructor2", ATTENDED, first));
        assertThrows(AccessDeniedException.class, () -> attendance.record("instructor2", ATTENDED, first, absent));
        assertThrows(AccessDeniedException.class, () -> attendance.matrix("instructor2", ATTENDED));
        assertThrows(AccessDeniedException.class, () -> attendance.sheet("trainee", ATTENDED, first));
        assertThrows(AccessDeniedException.class, () -> attendance.record("admin", ATTENDED, first, absent));
        assertEquals(3, attendance.sheet("admin", ATTENDED, first).lines().size(), "administrators read");
        assertThrows(CohortNotFoundException.class, () -> attendance.sheet("instructor", "NO-SUCH", first));
        long otherCohorts = bean(CohortService.class).getByCode("CP101-A").getMeetings().get(0).getId();
        assertThrows(CohortNotFoundException.class, () -> attendance.sheet("instructor", ATTENDED, otherCohorts),
                "a meeting of another cohort is not found in this one");
        assertThrows(CohortNotFoundException.class, () -> attendance.record("instructor", ATTENDED, otherCohorts, absent));
        assertEquals(AttendanceMark.PRESENT, attendance.sheet("instructor", ATTENDED, first).lines().stream()
                .filter(l -> l.serviceNumber().equals(FIRST)).findFirst().orElseThrow().mark(), "nothing changed");
    }

    // ---- attendance through HTTP --------------------------------------------------------------------------------

    /** The meeting ids of GRD-T from the public cohort API: two days ago, yesterday and in two days at {@link #HOUR}. */
    private Map<Integer, Long> meetingIds(WebClient client) {
        JsonArray meetings = WebClient.json(client.get("api/v1/cohorts/" + ATTENDED)).asJsonObject().getJsonArray("meetings");
        Map<Integer, Long> ids = new LinkedHashMap<>();
        for (JsonValue value : meetings) {
            JsonObject meeting = value.asJsonObject();
            if (meeting.getString("startsAt").endsWith(String.format("T%02d:00", HOUR))) {
                ids.put(ids.size(), meeting.getJsonNumber("id").longValue());
            }
        }
        assertEquals(3, ids.size(), meetings.toString());
        return ids;
    }

    private static String path(long meeting) {
        return "api/v1/cohorts/" + ATTENDED + "/meetings/" + meeting + "/attendance";
    }

    private static HttpResponse<String> put(WebClient client, String path, String token, String json) {
        return client.send(client.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    @Order(6)
    @RunAsClient
    void theApiRecordsForTheCohortsInstructorsOnlyAndRefusesBadLinesAsAWhole() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String instructor = client.issueToken(DemoAccounts.INSTRUCTOR.username, DemoAccounts.INSTRUCTOR.password);
        String colleague = client.issueToken(DemoAccounts.INSTRUCTOR_2.username, DemoAccounts.INSTRUCTOR_2.password);
        String trainee = client.issueToken(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password);
        String admin = client.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        Map<Integer, Long> meetings = meetingIds(client);
        long yesterday = meetings.get(1);

        HttpResponse<String> read = client.get(path(yesterday), instructor);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject sheet = WebClient.json(read).asJsonObject();
        assertTrue(sheet.getBoolean("open"));
        assertFalse(sheet.getBoolean("taken"));
        assertEquals(3, sheet.getJsonArray("trainees").size());
        assertTrue(sheet.getJsonArray("trainees").getJsonObject(0).isNull("mark"));

        String bad = "[{\"serviceNumber\":\"" + FIRST + "\",\"mark\":\"PRESENT\"},"
                + "{\"serviceNumber\":\"" + SECOND + "\",\"mark\":\"EXCUSED\"}]";
        HttpResponse<String> refused = put(client, path(yesterday), instructor, bad);
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject problem = WebClient.problem(refused);
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals(SECOND, error.getString("field"));
        assertEquals("attendance.error.excuseNeedsNoteFor", error.getString("code"));
        assertTrue(error.getString("detail").contains("Layla Nasser"), error.getString("detail"));
        assertFalse(WebClient.json(client.get(path(yesterday), instructor)).asJsonObject().getBoolean("taken"),
                "nothing saved");
        HttpResponse<String> unknownMark = put(client, path(yesterday), instructor,
                "[{\"serviceNumber\":\"" + FIRST + "\",\"mark\":\"HERE\"}]");
        assertEquals(422, unknownMark.statusCode());
        assertEquals("attendance.error.unknownMark", WebClient.problem(unknownMark).getJsonArray("errors")
                .getJsonObject(0).getString("code"));
        assertEquals(400, put(client, path(yesterday), instructor, "{not json").statusCode());

        String good = "[{\"serviceNumber\":\"" + FIRST + "\",\"mark\":\"PRESENT\"},"
                + "{\"serviceNumber\":\"" + SECOND + "\",\"mark\":\"EXCUSED\",\"note\":\"Court summons\"},"
                + "{\"serviceNumber\":\"" + THIRD + "\",\"mark\":\"absent\"}]";
        HttpResponse<String> recorded = put(client, path(yesterday), instructor, good);
        assertEquals(200, recorded.statusCode(), recorded.body());
        JsonObject after = WebClient.json(recorded).asJsonObject();
        assertEquals(3, after.getInt("changed"));
        assertTrue(after.getBoolean("taken"));
        JsonObject second = after.getJsonArray("trainees").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("serviceNumber").equals(SECOND)).findFirst().orElseThrow();
        assertEquals("EXCUSED", second.getString("mark"));
        assertEquals("Court summons", second.getString("note"));
        assertEquals(0, WebClient.json(put(client, path(yesterday), instructor, good)).asJsonObject().getInt("changed"));

        assertEquals(403, client.get(path(yesterday), colleague).statusCode(), "a colleague who does not teach it");
        HttpResponse<String> colleaguePut = put(client, path(yesterday), colleague,
                "[{\"serviceNumber\":\"" + FIRST + "\",\"mark\":\"ABSENT\"}]");
        assertEquals(403, colleaguePut.statusCode());
        assertEquals(403, WebClient.problem(colleaguePut).getInt("status"));
        assertEquals(403, put(client, path(yesterday), colleague, "not even json").statusCode(),
                "refused before the body is read");
        assertEquals(403, client.get(path(yesterday), trainee).statusCode());
        assertEquals(403, put(client, path(yesterday), trainee, good).statusCode());
        assertEquals(200, client.get(path(yesterday), admin).statusCode(), "administrators read");
        assertEquals(403, put(client, path(yesterday), admin, good).statusCode(), "but do not record");
        assertEquals(401, client.get(path(yesterday)).statusCode());

        long otherCohorts = WebClient.json(client.get("api/v1/cohorts/CP101-A")).asJsonObject()
                .getJsonArray("meetings").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(404, client.get(path(otherCohorts), instructor).statusCode(), "a meeting of another cohort");
        assertEquals(404, put(client, path(otherCohorts), instructor, good).statusCode());
        assertEquals(404, client.get("api/v1/cohorts/NO-SUCH/meetings/1/attendance", admin).statusCode());
        HttpResponse<String> future = put(client, path(meetings.get(2)), instructor, good);
        assertEquals(422, future.statusCode());
        assertEquals("attendance.error.notStarted", WebClient.problem(future).getString("code"));
        assertEquals(1, WebClient.json(client.get(path(yesterday), instructor)).asJsonObject().getJsonArray("trainees")
                .stream().filter(t -> "ABSENT".equals(t.asJsonObject().getString("mark", ""))).count(),
                "no refused request changed anything");
    }

    @Test
    @Order(7)
    @RunAsClient
    void pagesRefuseACohortTheInstructorDoesNotTeachEvenThroughATamperedForm() {
        WebClient anon = new WebClient(deploymentUrl);
        Map<Integer, Long> meetings = meetingIds(anon);
        String page = "instructor/attendance.xhtml?code=" + ATTENDED + "&meeting=" + meetings.get(0);

        WebClient colleague = new WebClient(deploymentUrl).acceptLanguage("en");
        colleague.signIn(DemoAccounts.INSTRUCTOR_2.username, DemoAccounts.INSTRUCTOR_2.password);
        assertEquals(403, colleague.get(page).statusCode());
        assertEquals(403, colleague.get("instructor/attendance.xlsx?code=" + ATTENDED).statusCode());
        WebClient trainee = new WebClient(deploymentUrl).acceptLanguage("en");
        trainee.signIn(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password);
        assertEquals(403, trainee.get(page).statusCode());
        assertEquals(403, trainee.get("admin/cohorts/attendance.xhtml?code=" + ATTENDED).statusCode());

        WebClient instructor = new WebClient(deploymentUrl).acceptLanguage("en");
        instructor.signIn(DemoAccounts.INSTRUCTOR.username, DemoAccounts.INSTRUCTOR.password);
        assertEquals(404, instructor.get("instructor/attendance.xhtml?code=" + ATTENDED + "&meeting=999999").statusCode());
        assertEquals(404, instructor.get("instructor/attendance.xhtml?code=" + ATTENDED + "&meeting=abc").statusCode());
        assertEquals(403, instructor.get("instructor/attendance.xhtml?code=CP310-A&meeting=" + meetings.get(0)).statusCode(),
                "a colleague's cohort in the view parameter");
        HttpResponse<String> own = instructor.get(page + "&lang=en");
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("Samer Haddad"), "the roster");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("attendance", "attendance");
        for (int i = 0; i < 3; i++) {
            form.put("attendance:trainees:" + i + ":mark", "ABSENT");
            form.put("attendance:trainees:" + i + ":note", "");
        }
        form.put("attendance:save", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(own.body()));
        HttpResponse<String> tampered = instructor.postForm(
                "instructor/attendance.xhtml?code=CP310-A&meeting=" + meetings.get(0), form);
        assertEquals(403, tampered.statusCode(), "the form posted for a colleague's cohort");
        // A refused form leaves its view empty: each attempt starts from a fresh page.
        form.put("jakarta.faces.ViewState", WebClient.viewState(instructor.get(page).body()));
        form.put("code", "CP310-A");
        HttpResponse<String> asField = instructor.postForm("instructor/attendance.xhtml", form);
        assertEquals(403, asField.statusCode(), "the cohort's code as a form field: " + asField.body());
        WebClient admin = new WebClient(deploymentUrl).acceptLanguage("en");
        String adminToken = admin.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        assertEquals(0, WebClient.json(admin.get(path(meetings.get(0)), adminToken)).asJsonObject().getJsonArray("trainees")
                .stream().filter(t -> "ABSENT".equals(t.asJsonObject().getString("mark", ""))).count(),
                "the tampered posts saved nothing");

        HttpResponse<String> fresh = instructor.get(page);
        form.remove("code");
        form.put("jakarta.faces.ViewState", WebClient.viewState(fresh.body()));
        HttpResponse<String> saved = instructor.postForm("instructor/attendance.xhtml", form);
        assertEquals(302, saved.statusCode(), saved.body());
        assertTrue(WebClient.redirectPath(saved).contains("meeting=" + meetings.get(0)), WebClient.redirectPath(saved));
        String after = instructor.get(WebClient.redirectPath(saved).substring(1)).body();
        assertTrue(after.contains(Messages.text(Language.ENGLISH, "attendance.saved", 3)), after);
        admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        String matrix = admin.get("admin/cohorts/attendance.xhtml?code=" + ATTENDED).body();
        assertTrue(matrix.contains("class=\"trainee-" + FIRST + "\""), "the matrix lists the trainees");
        assertEquals(404, admin.get("admin/cohorts/attendance.xhtml?code=NO-SUCH").statusCode());
    }

    @Test
    @Order(8)
    @RunAsClient
    void theExportListsEveryTraineesMarksAndRateInTheReadersLanguage() throws Exception {
        WebClient admin = new WebClient(deploymentUrl);
        admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        HttpResponse<byte[]> xlsx = admin.send(admin.request("admin/cohorts/attendance.xlsx?code=" + ATTENDED + "&lang=en"),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("attendance-" + ATTENDED + ".xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row heading = sheet.getRow(0);
            assertEquals(Messages.text(Language.ENGLISH, "person.serviceNumber"), heading.getCell(0).getStringCellValue());
            int columns = heading.getLastCellNum();
            assertEquals(3 + 3 + 4 + 1, columns, "numbers and names, three meetings held, four counts and the rate");
            assertEquals(Messages.text(Language.ENGLISH, "attendance.rate"), heading.getCell(columns - 1).getStringCellValue());
            Map<String, Row> rows = new LinkedHashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                rows.put(sheet.getRow(r).getCell(0).getStringCellValue(), sheet.getRow(r));
            }
            assertEquals(List.of(FIRST, SECOND, THIRD).stream().sorted().toList(), rows.keySet().stream().sorted().toList());
            Row second = rows.get(SECOND);
            assertEquals("Layla Nasser", second.getCell(2).getStringCellValue());
            // Two days ago: absent (the page's save); yesterday: excused (left out by default); in two days: nothing.
            assertEquals("Absent", second.getCell(3).getStringCellValue());
            assertEquals("Excused", second.getCell(4).getStringCellValue());
            assertEquals("", second.getCell(5).getStringCellValue());
            assertEquals(1, second.getCell(columns - 3).getNumericCellValue(), "absent once");
            assertEquals(1, second.getCell(columns - 2).getNumericCellValue(), "excused once");
            assertEquals(0.0, second.getCell(columns - 1).getNumericCellValue(), "0 of 1 counted: excused left out");
            Row first = rows.get(FIRST);
            assertEquals(50.0, first.getCell(columns - 1).getNumericCellValue(), "absent, then present");
        }

        HttpResponse<String> csv = admin.get("admin/cohorts/attendance.csv?code=" + ATTENDED + "&lang=ar");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFF"), "a byte-order mark for Excel");
        String[] lines = csv.body().substring(1).split("\r\n");
        assertEquals(4, lines.length);
        assertTrue(lines[0].startsWith(Messages.text(Language.ARABIC, "person.serviceNumber") + ","), lines[0]);
        String secondLine = List.of(lines).stream().filter(l -> l.startsWith(SECOND + ",")).findFirst().orElseThrow();
        assertTrue(secondLine.contains("," + Messages.text(Language.ARABIC, "attendance.mark.EXCUSED") + ","), secondLine);
        assertTrue(secondLine.contains("ليلى ناصر"), secondLine);

        WebClient instructor = new WebClient(deploymentUrl);
        instructor.signIn(DemoAccounts.INSTRUCTOR.username, DemoAccounts.INSTRUCTOR.password);
        assertEquals(200, instructor.get("instructor/attendance.csv?code=" + ATTENDED).statusCode(),
                "the cohort's instructor exports it too");
        assertEquals(404, admin.get("admin/cohorts/attendance.csv?code=NO-SUCH").statusCode());
    }

    // ==== the gradebook ==========================================================================================

    private static GradebookService gradebooks() {
        return bean(GradebookService.class);
    }

    private static Gradebook gradebook() {
        return gradebooks().read(TEACHER, GRADED);
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
        return bean(AuditLog.class).historyOf("Cohort", GRADED).stream().filter(r -> r.getAction().equals(action)).toList();
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
    @Order(101)
    void prepareGradebook() {
        ownCourseAndRoom();
        TestGrading grading = bean(TestGrading.class);
        grading.inProgressCohort(GRADED, COURSE, null, 3, TEACHER, bean(CentreClock.class).today(), HOUR);
        TestEnrolments people = bean(TestEnrolments.class);
        people.enrolNewTrainee(GRADED, "GB-001", "سعاد خليل", "Suad Khalil", null, Language.ARABIC, EnrolmentStatus.ENROLLED);
        people.enrolNewTrainee(GRADED, "GB-002", "عمر حداد", "Omar Haddad", null, Language.ARABIC, EnrolmentStatus.ENROLLED);
        people.enrolNewTrainee(GRADED, "GB-003", "ليلى سعيد", "Layla Saeed", null, Language.ARABIC, EnrolmentStatus.ENROLLED);
        grading.attend(GRADED, "GB-001", AttendanceMark.PRESENT, AttendanceMark.LATE, AttendanceMark.PRESENT);
        grading.attend(GRADED, "GB-002", AttendanceMark.PRESENT, AttendanceMark.ABSENT, AttendanceMark.ABSENT);
        grading.attend(GRADED, "GB-003", AttendanceMark.PRESENT, AttendanceMark.EXCUSED, AttendanceMark.PRESENT);

        // For the methods over HTTP: a running cohort of instructor's with four trainees and two with accounts,
        // present throughout (as the demo's trainees were in CP101-A), ...
        StartedCohortServlet.create(HTTP, COURSE, VENUE, HTTP_HOUR, 4);
        TestAccounts accounts = bean(TestAccounts.class);
        accounts.open(TRAINEE_NUMBER, TRAINEE_USER, "Ahmad GRD", TRAINEE_USER + "@own.example.org", Language.ENGLISH,
                "CPD-CAP", java.util.Set.of(org.tadreeb.people.Role.TRAINEE));
        accounts.open(TRAINEE_2_NUMBER, TRAINEE_2_USER, "Mariam GRD", TRAINEE_2_USER + "@own.example.org",
                Language.ENGLISH, "CPD-CAP", java.util.Set.of(org.tadreeb.people.Role.TRAINEE));
        for (String number : List.of(TRAINEE_NUMBER, TRAINEE_2_NUMBER)) {
            people.place(HTTP, number, EnrolmentStatus.ENROLLED);
            grading.attendAllStarted(HTTP, number, AttendanceMark.PRESENT);
        }
        // ... and a completed one (remote) whose gradebook is exported: three passed, one failed.
        grading.inProgressCohort(EXPORTED, COURSE, null, 3, TEACHER, bean(CentreClock.class).today(), HOUR);
        List<List<String>> exported = List.of(List.of("GRX-001", "سامي ناصر", "Sami Nasser"),
                List.of("GRX-002", "نور قاسم", "Nour Qasem"), List.of("GRX-003", "رامي عودة", "Rami Odeh"),
                List.of("GRX-004", "دانة سالم", "Dana Salem"));
        List<Long> ids = gradebooks().read(TEACHER, EXPORTED).components().stream().map(Gradebook.Component::id).toList();
        List<ScoreEntry> entries = new ArrayList<>();
        for (List<String> trainee : exported) {
            people.enrolNewTrainee(EXPORTED, trainee.get(0), trainee.get(1), trainee.get(2), null, Language.ARABIC,
                    EnrolmentStatus.ENROLLED);
            boolean fails = trainee.get(0).equals("GRX-004");
            AttendanceMark mark = fails ? AttendanceMark.ABSENT : AttendanceMark.PRESENT;
            grading.attend(EXPORTED, trainee.get(0), AttendanceMark.PRESENT, mark, mark);
            entries.add(new ScoreEntry(trainee.get(0), ids.get(0), fails ? "40" : "80"));
            entries.add(new ScoreEntry(trainee.get(0), ids.get(1), fails ? "20" : "40"));
            entries.add(new ScoreEntry(trainee.get(0), ids.get(2), fails ? "5" : "8"));
        }
        gradebooks().record(TEACHER, EXPORTED, entries, null);
        gradebooks().publish(TEACHER, EXPORTED);
        bean(CohortService.class).complete(EXPORTED);
    }

    @Test
    @Order(102)
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
    @Order(103)
    void scoresAreRecordedAuditedAndAnUnchangedScoreChangesNothing() {
        assertEquals(3, gradebooks().record(TEACHER, GRADED, scores("GB-001", "80", "40,5", "٩"), null));
        Gradebook.Row suad = row("GB-001");
        assertEquals(List.of(new BigDecimal("80.00"), new BigDecimal("40.50"), new BigDecimal("9.00")), suad.points());
        assertEquals(new BigDecimal("82.40"), suad.result().weightedTotal());
        assertEquals(ResultRule.Verdict.PASSED, suad.result().verdict());
        assertEquals(3, audit("score.recorded").size());

        assertEquals(0, gradebooks().record(TEACHER, GRADED, scores("GB-001", "80.0", "40.50", "9"), null));
        assertEquals(3, audit("score.recorded").size() + audit("score.changed").size(), "nothing new in the audit");

        assertEquals(1, gradebooks().record(TEACHER, GRADED, List.of(new ScoreEntry("gb-001", components().get(2), "")), null));
        assertNull(row("GB-001").pointsAt(2), "a blank clears the score");
        assertEquals(1, audit("score.cleared").size());
        gradebooks().record(TEACHER, GRADED, List.of(new ScoreEntry("GB-001", components().get(2), "9")), null);
    }

    @Test
    @Order(104)
    void invalidScoresRefuseTheWholeBatchNamingTheTraineeAndTheComponent() {
        List<ScoreEntry> batch = new ArrayList<>(scores("GB-002", "70", "30", "8"));
        batch.add(new ScoreEntry("GB-003", components().get(1), "60"));
        batch.add(new ScoreEntry("GB-003", components().get(0), "abc"));
        batch.add(new ScoreEntry("GB-003", components().get(2), "7.125"));
        batch.add(new ScoreEntry("NOBODY-1", components().get(0), "10"));
        ScoresRefusedException refused = assertThrows(ScoresRefusedException.class,
                () -> gradebooks().record(TEACHER, GRADED, batch, null));
        List<String> messages = refused.messages(EN);
        assertEquals(4, messages.size(), messages.toString());
        assertEquals("Layla Saeed (GB-003), Practical exercise: A score is between 0 and 50.", messages.get(0));
        assertEquals("Layla Saeed (GB-003), Written exam: “abc” is not a number.", messages.get(1));
        assertEquals("Layla Saeed (GB-003), Participation: A score has at most two decimals.", messages.get(2));
        assertTrue(messages.get(3).contains("NOBODY-1 is not a trainee of cohort " + GRADED), messages.get(3));
        assertEquals("ليلى سعيد (GB-003)، تمرين عملي: الدرجة بين ٠ و٥٠.", refused.problems().get(0).message(Language.ARABIC));
        assertTrue(row("GB-002").points().stream().allMatch(p -> p == null), "nothing of the batch was saved");
    }

    @Test
    @Order(105)
    void onlyTheCohortsInstructorsRecordAndPublishAndAdministratorsOnlyRead() {
        assertThrows(AccessDeniedException.class, () -> gradebooks().read(OTHER_TEACHER, GRADED));
        assertThrows(AccessDeniedException.class, () -> gradebooks().record(OTHER_TEACHER, GRADED, scores("GB-002", "1", "1", "1"), null));
        assertThrows(AccessDeniedException.class, () -> gradebooks().publish(OTHER_TEACHER, GRADED));
        assertThrows(AccessDeniedException.class, () -> gradebooks().read(TEACHER, HTTP), "instructor2 does not teach " + HTTP);
        assertThrows(AccessDeniedException.class, () -> gradebooks().read(TRAINEE_USER, GRADED));
        assertEquals(3, gradebooks().read(ADMIN, GRADED).rows().size());
        assertThrows(AccessDeniedException.class, () -> gradebooks().record(ADMIN, GRADED, scores("GB-002", "1", "1", "1"), null));
        assertThrows(AccessDeniedException.class, () -> gradebooks().publish(ADMIN, GRADED));
        assertThrows(AccessDeniedException.class, () -> gradebooks().reopen(TEACHER, GRADED));
        assertThrows(AccessDeniedException.class, () -> bean(TraineeResults.class).of(TRAINEE_USER, "GB-001"),
                "a trainee never reads another trainee's results");
        assertTrue(row("GB-002").points().stream().allMatch(p -> p == null));
    }

    @Test
    @Order(106)
    void completionWaitsForPublishedResultsAndTraineesSeeThemOnlyOncePublished() {
        assertEquals("gradebook.error.completeUnpublished", refusal(() -> bean(CohortService.class).complete(GRADED)).messageKey());
        TraineeResults results = bean(TraineeResults.class);
        TraineeResult before = results.of(ADMIN, "GB-001").get(0);
        assertFalse(before.isPublished());
        assertTrue(before.scores().isEmpty() && before.verdict() == null, "no score before publishing");
        assertEquals(3, before.attendance().size(), "attendance is always the trainee's to see");

        assertTrue(gradebooks().publish(TEACHER, GRADED));
        assertFalse(gradebooks().publish(TEACHER, GRADED), "already published");
        assertEquals(1, audit("results.published").size());
        TraineeResult after = results.of(ADMIN, "GB-001").get(0);
        assertEquals(ResultRule.Verdict.PASSED, after.verdict());
        assertEquals(new BigDecimal("40.50"), after.scores().get(1).points());

        BusinessException pending = refusal(() -> bean(CohortService.class).complete(GRADED));
        assertEquals("gradebook.error.completePending", pending.messageKey());
        assertEquals(2L, pending.arguments()[1]);
    }

    @Test
    @Order(107)
    void afterPublishingAChangeNeedsAReasonWhichTheAuditKeeps() {
        BusinessException noReason = refusal(() -> gradebooks().record(TEACHER, GRADED, scores("GB-001", "70", "40.5", "9"), " "));
        assertEquals("gradebook.error.reasonNeeded", noReason.messageKey());
        assertEquals(new BigDecimal("80.00"), row("GB-001").pointsAt(0), "nothing saved without a reason");

        assertEquals(1, gradebooks().record(TEACHER, GRADED, scores("GB-001", "70", "40.5", "9"), "Re-marked after appeal"));
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
    @Order(108)
    void anAdministratorReopensAndTheInstructorsChangeFreelyUntilTheyPublishAgain() {
        assertEquals("gradebook.error.notPublished", refusal(() -> {
            gradebooks().reopen(ADMIN, GRADED);
            gradebooks().reopen(ADMIN, GRADED);
        }).messageKey());
        assertFalse(gradebook().isPublished());
        assertEquals(1, audit("results.reopened").size());
        assertFalse(bean(TraineeResults.class).of(ADMIN, "GB-001").get(0).isPublished(), "taken back from the trainee");
        assertEquals(3, gradebooks().record(TEACHER, GRADED, scores("GB-002", "90", "45", "10"), null), "no reason needed");
        assertTrue(gradebooks().publish(TEACHER, GRADED));
    }

    @Test
    @Order(109)
    void aScoreFileIsPreviewedWithItsRowProblemsAndNothingIsSavedUntilConfirmed() {
        ScoreImport imports = bean(ScoreImport.class);
        Table table = file("scores.csv", "\uFEFFService number;Name (Latin);Written exam;Practical exercise;Participation\n"
                + "GB-003;Layla Saeed;61;70;8\n"
                + "NOBODY-2;;50;20;5\n"
                + ";;1;1;1\n"
                + "GB-002;Omar Haddad;91;;\n");
        ScoreImportPreview preview = imports.preview(TEACHER, GRADED, table);
        assertFalse(preview.canImport());
        assertEquals(3, preview.rowsWithProblems());
        ScoreImportPreview.Line layla = preview.lines().get(0);
        assertEquals(2, layla.row());
        assertEquals("Layla Saeed (GB-003), Practical exercise: A score is between 0 and 50.",
                layla.problems().get(0).message(EN));
        assertEquals("The service number is missing.", preview.lines().get(2).problems().get(0).message(EN));
        assertFalse(preview.lines().get(3).hasProblems());
        assertThrows(ScoresRefusedException.class, () -> imports.importScores(TEACHER, GRADED, table, "From the file"));
        assertNull(row("GB-003").pointsAt(0), "nothing of a file with problems is saved");
        assertEquals(new BigDecimal("90.00"), row("GB-002").pointsAt(0));

        Table arabic = file("درجات.csv", "الرقم العسكري,اختبار كتابي,تمرين عملي,المشاركة\nGB-003,61,45,8\nGB-002,91,,\n");
        ScoreImportPreview good = imports.preview(TEACHER, GRADED, arabic);
        assertTrue(good.canImport(), good.toString());
        assertEquals(4, good.changes());
        assertNull(row("GB-003").pointsAt(0), "a preview saves nothing");
        assertEquals("gradebook.error.reasonNeeded",
                refusal(() -> imports.importScores(TEACHER, GRADED, arabic, null)).messageKey());
        assertEquals(4, imports.importScores(TEACHER, GRADED, arabic, "Marks from the exam board"));
        assertEquals(List.of(new BigDecimal("61.00"), new BigDecimal("45.00"), new BigDecimal("8.00")), row("GB-003").points());
        assertEquals(new BigDecimal("45.00"), row("GB-002").pointsAt(1), "a blank cell leaves the score as it is");

        Table inOrder = file("order.csv", "number,A,B,C\nGB-003,62,45,8\n");
        assertEquals(1, imports.preview(TEACHER, GRADED, inOrder).changes(), "unnamed columns follow the scheme's order");
        assertThrows(AccessDeniedException.class, () -> imports.preview(OTHER_TEACHER, GRADED, inOrder));
    }

    @Test
    @Order(110)
    void aBadFileIsRefusedAsAWholeAndChangesNothing() {
        ScoreImport imports = bean(ScoreImport.class);
        assertEquals("gradebook.import.error.noNumberColumn", refusal(() ->
                imports.preview(TEACHER, GRADED, file("x.csv", "Who,Written exam\nGB-003,1\n"))).messageKey());
        BusinessException unknown = refusal(() ->
                imports.preview(TEACHER, GRADED, file("x.csv", "Service number,Written exam,Homework\nGB-003,1,2\n")));
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
    @Order(130)
    void completingTheCohortFinishesEachEnrolmentByItsResult() {
        assertEquals(ResultRule.Verdict.FAILED, row("GB-002").result().verdict(), "attendance 33% is below 80%");
        bean(CohortService.class).complete(GRADED);
        EnrolmentLookup enrolments = bean(EnrolmentLookup.class);
        assertEquals(EnrolmentStatus.COMPLETED, enrolments.statusOf(GRADED, "GB-001").orElseThrow().status());
        assertEquals(EnrolmentStatus.FAILED, enrolments.statusOf(GRADED, "GB-002").orElseThrow().status());
        assertEquals(EnrolmentStatus.COMPLETED, enrolments.statusOf(GRADED, "GB-003").orElseThrow().status());
        assertEquals(3, gradebook().rows().size(), "finished trainees stay in the gradebook");
        assertEquals("gradebook.error.completed",
                refusal(() -> gradebooks().record(TEACHER, GRADED, scores("GB-001", "1", "1", "1"), "late")).messageKey());
        assertEquals("gradebook.error.completed", refusal(() -> gradebooks().reopen(ADMIN, GRADED)).messageKey());
    }

    // ---- the gradebook over HTTP --------------------------------------------------------------------------------

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
        HttpResponse<String> response = client.get("api/v1/cohorts/" + HTTP + "/grades", token);
        assertEquals(200, response.statusCode(), response.body());
        return WebClient.json(response).asJsonObject();
    }

    private static JsonObject apiRow(JsonObject grades, String number) {
        return grades.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("serviceNumber").equals(number)).findFirst().orElseThrow();
    }

    @Test
    @Order(120)
    @RunAsClient
    void theApiRefusesEveryoneButTheCohortsInstructorsAndAdministrators() {
        WebClient client = client();
        String other = token(client, DemoAccounts.INSTRUCTOR_2);
        String trainee = client.issueToken(TRAINEE_USER, TestAccounts.PASSWORD);
        String admin = token(client, DemoAccounts.ADMIN);
        String body = "{\"scores\":[{\"serviceNumber\":\"" + TRAINEE_NUMBER + "\",\"component\":1,\"points\":50}]}";
        for (String token : List.of(other, trainee)) {
            assertEquals(403, client.get("api/v1/cohorts/" + HTTP + "/grades", token).statusCode());
            assertEquals(403, send(client, "PUT", "api/v1/cohorts/" + HTTP + "/grades", body, token).statusCode());
            assertEquals(403, send(client, "POST", "api/v1/cohorts/" + HTTP + "/results/publish", null, token).statusCode());
            assertEquals(403, send(client, "POST", "api/v1/cohorts/" + HTTP + "/results/reopen", null, token).statusCode());
        }
        assertEquals(403, send(client, "PUT", "api/v1/cohorts/" + HTTP + "/grades", body, admin).statusCode());
        assertEquals(403, send(client, "POST", "api/v1/cohorts/" + HTTP + "/results/publish", null, admin).statusCode());
        JsonObject grades = gradesOf(client, admin);
        assertEquals(6, grades.getJsonArray("rows").size());
        assertTrue(apiRow(grades, TRAINEE_NUMBER).getJsonArray("scores").stream()
                .allMatch(s -> s.asJsonObject().isNull("points")), "nothing was saved by the refused requests");
        assertEquals(404, client.get("api/v1/cohorts/NO-SUCH/grades", admin).statusCode());
        assertEquals(401, client.get("api/v1/cohorts/" + HTTP + "/grades").statusCode());
    }

    @Test
    @Order(121)
    @RunAsClient
    void invalidScoresAreAProblemNamingTraineeAndComponentAndNothingIsSaved() {
        WebClient client = client();
        String instructor = token(client, DemoAccounts.INSTRUCTOR);
        JsonObject grades = gradesOf(client, instructor);
        JsonArray components = grades.getJsonArray("components");
        long written = components.getJsonObject(0).getJsonNumber("id").longValue();
        long practical = components.getJsonObject(1).getJsonNumber("id").longValue();
        String body = "{\"scores\":[{\"serviceNumber\":\"" + TRAINEE_NUMBER + "\",\"component\":" + written + ",\"points\":75},"
                + "{\"serviceNumber\":\"" + TRAINEE_2_NUMBER + "\",\"component\":" + practical + ",\"points\":51}]}";
        HttpResponse<String> refused = send(client, "PUT", "api/v1/cohorts/" + HTTP + "/grades", body, instructor);
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject problem = WebClient.problem(refused);
        assertEquals("gradebook.error.scoresRefused", problem.getString("code"));
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals("scores[1]", error.getString("field"));
        assertEquals(TRAINEE_2_NUMBER, error.getString("serviceNumber"));
        assertEquals(practical, error.getJsonNumber("component").longValue());
        assertEquals("grading.error.pointsRange", error.getString("code"));
        assertTrue(error.getString("detail").contains("(" + TRAINEE_2_NUMBER + "), Practical exercise: A score is between 0 and 50."),
                error.getString("detail"));
        assertTrue(problem.getString("detail").contains("Practical exercise"), problem.getString("detail"));
        assertTrue(apiRow(gradesOf(client, instructor), TRAINEE_NUMBER).getJsonArray("scores").getJsonObject(0).isNull("points"),
                "the valid score of the refused request was not saved either");

        String valid = "{\"scores\":[" + String.join(",", List.of(
                "{\"serviceNumber\":\"" + TRAINEE_NUMBER + "\",\"component\":" + written + ",\"points\":75}",
                "{\"serviceNumber\":\"" + TRAINEE_NUMBER + "\",\"component\":" + practical + ",\"points\":\"40.5\"}",
                "{\"serviceNumber\":\"" + TRAINEE_NUMBER + "\",\"component\":"
                        + components.getJsonObject(2).getJsonNumber("id").longValue() + ",\"points\":9}")) + "]}";
        HttpResponse<String> saved = send(client, "PUT", "api/v1/cohorts/" + HTTP + "/grades", valid, instructor);
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject after = WebClient.json(saved).asJsonObject();
        assertEquals(3, after.getInt("changed"));
        JsonObject mine = apiRow(after, TRAINEE_NUMBER);
        assertEquals(new BigDecimal("80.40"), mine.getJsonNumber("weightedTotal").bigDecimalValue());
        // The total reaches the pass mark, so the attendance in the cohort (80 % needed) decides.
        assertEquals(verdictByAttendance(mine.getJsonObject("attendance"), "rate"), mine.getString("verdict"));
        assertEquals(400, send(client, "PUT", "api/v1/cohorts/" + HTTP + "/grades", "[1]", instructor).statusCode());
    }

    @Test
    @Order(122)
    @RunAsClient
    void aTraineeSeesOnlyTheirOwnResultsAndOnlyOncePublished() {
        WebClient client = client();
        String instructor = token(client, DemoAccounts.INSTRUCTOR);
        String trainee = client.issueToken(TRAINEE_USER, TestAccounts.PASSWORD);
        String trainee2 = client.issueToken(TRAINEE_2_USER, TestAccounts.PASSWORD);
        JsonObject before = mineIn(client, trainee, HTTP);
        assertFalse(before.getBoolean("published"));
        assertFalse(before.containsKey("scores"), before.toString());

        HttpResponse<String> published = send(client, "POST", "api/v1/cohorts/" + HTTP + "/results/publish", null, instructor);
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(WebClient.json(published).asJsonObject().getBoolean("published"));

        JsonObject mine = mineIn(client, trainee, HTTP);
        assertTrue(mine.getBoolean("published"));
        assertEquals(0, new BigDecimal("75").compareTo(mine.getJsonArray("scores").getJsonObject(0).getJsonNumber("points").bigDecimalValue()));
        assertEquals(verdictByAttendance(mine, "attendanceRate"), mine.getString("verdict"));
        HttpResponse<String> all = client.get("api/v1/me/results", trainee);
        assertFalse(all.body().contains(TRAINEE_2_NUMBER) || all.body().contains("GB-00") || all.body().contains("GRX-"),
                "nobody else's results: " + all.body());
        JsonObject theirs = mineIn(client, trainee2, HTTP);
        assertTrue(theirs.getJsonArray("scores").stream().allMatch(s -> s.asJsonObject().isNull("points")),
                "trainee2 sees their own (empty) scores, not trainee's");
        assertEquals(403, client.get("api/v1/me/results", instructor).statusCode());

        String admin = token(client, DemoAccounts.ADMIN);
        assertEquals(200, send(client, "POST", "api/v1/cohorts/" + HTTP + "/results/reopen", null, admin).statusCode());
        assertFalse(mineIn(client, trainee, HTTP).getBoolean("published"));
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
    @Order(123)
    @RunAsClient
    void theExportsParseInTheReadersLanguageForAdministratorsAndTheCohortsInstructors() throws Exception {
        WebClient admin = client();
        admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        HttpResponse<String> csv = admin.get("admin/cohorts/gradebook.csv?code=" + EXPORTED + "&lang=en");
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().split("\r\n");
        assertEquals("\uFEFF" + Messages.text(EN, "person.serviceNumber") + ",Name (Arabic),Name (Latin),Written exam (100),Practical exercise (50),"
                + "Participation (10),Attendance rate,Weighted total,Result", lines[0]);
        assertEquals(5, lines.length, csv.body());
        assertTrue(lines[1].matches("GRX-00\\d,[^,]*[\\u0600-\\u06FF][^,]*,.*,(Passed|Failed)"), lines[1]);
        assertTrue(csv.body().contains(",Failed"), "the cohort's failed trainee");

        HttpResponse<byte[]> xlsx = admin.getBytes("admin/cohorts/gradebook.xlsx?code=" + EXPORTED + "&lang=ar");
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
        assertEquals(200, instructor.get("instructor/gradebook.xlsx?code=" + HTTP).statusCode());
        WebClient other = client();
        other.signIn(DemoAccounts.INSTRUCTOR_2.username, DemoAccounts.INSTRUCTOR_2.password);
        assertEquals(403, other.get("instructor/gradebook.csv?code=" + HTTP).statusCode());
        assertEquals(403, other.get("admin/cohorts/gradebook.csv?code=" + HTTP).statusCode(), "not an administrator");
    }

    @Test
    @Order(124)
    @RunAsClient
    void theGradebookPageRefusesACohortTheInstructorDoesNotTeachEvenInATamperedPost() {
        WebClient other = client();
        other.signIn(DemoAccounts.INSTRUCTOR_2.username, DemoAccounts.INSTRUCTOR_2.password);
        HttpResponse<String> forbidden = other.get("instructor/gradebook.xhtml?code=" + HTTP);
        assertEquals(403, forbidden.statusCode());
        assertFalse(forbidden.body().contains(TRAINEE_NUMBER), "no trainee of " + HTTP + " is shown");

        WebClient instructor = client();
        instructor.signIn(DemoAccounts.INSTRUCTOR.username, DemoAccounts.INSTRUCTOR.password);
        HttpResponse<String> page = instructor.get("instructor/gradebook.xhtml?code=" + HTTP);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("grades:rows:0:scores:0:points"), "an input per score");
        String instructorToken = token(instructor, DemoAccounts.INSTRUCTOR);
        JsonObject before = gradesOf(instructor, instructorToken);

        // instructor2's own gradebook page, posted with the code of a cohort they do not teach
        WebClient tamperer = client();
        tamperer.signIn(DemoAccounts.INSTRUCTOR_2.username, DemoAccounts.INSTRUCTOR_2.password);
        HttpResponse<String> own = tamperer.get("instructor/gradebook.xhtml?code=" + GRADED);
        assertEquals(200, own.statusCode());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grades", "grades");
        form.put("code", HTTP);
        form.put("grades:rows:0:scores:0:points", "1");
        form.put("grades:save", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(own.body()));
        HttpResponse<String> tampered = tamperer.postForm("instructor/gradebook.xhtml?code=" + HTTP, form);
        assertEquals(403, tampered.statusCode(), tampered.body());
        assertEquals(before.getJsonArray("rows"), gradesOf(instructor, instructorToken).getJsonArray("rows"), "nothing saved");
    }
}
