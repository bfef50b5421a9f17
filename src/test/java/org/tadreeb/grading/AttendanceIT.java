package org.tadreeb.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadreeb.testing.InContainer.bean;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.platform.AccessDeniedException;
import org.tadreeb.platform.BusinessException;
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
import org.tadreeb.testing.StartedCohortServlet;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.WebClient;

/**
 * Attendance on the real database: a whole meeting recorded at once, unchanged lines changing nothing, every change
 * audited; a bad line (an excused absence without a note, a trainee not in the cohort) refusing the request with
 * nothing saved; meetings that take no attendance (cancelled, not started); what "not yet taken" means; who may read
 * and record — through the service, the API and the pages (a colleague who does not teach the cohort, a trainee,
 * a tampered view parameter) — and the CSV and XLSX export. The methods run in order: the first prepares the cohort
 * CP101-T (meetings two days ago, yesterday — plus a cancelled one —, and in two days; trainees CP101-T-1 to -3 and a
 * withdrawn CP101-T-9) that the others use.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttendanceIT {

    private static final String COHORT = "CP101-T";
    private static final String FIRST = COHORT + "-1";
    private static final String SECOND = COHORT + "-2";
    private static final String THIRD = COHORT + "-3";
    private static final String WITHDRAWN = COHORT + "-9";

    @Deployment
    static WebArchive deployment() {
        return Deployments.tadreeb().addClasses(TestEnrolments.class, StartedCohortServlet.class);
    }

    @ArquillianResource
    URL deploymentUrl;

    // ---- inside the server -------------------------------------------------------------------------------

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

    @Test
    @Order(1)
    void prepare() {
        StartedCohortServlet.create(COHORT, 14, 3);
        CohortService cohorts = bean(CohortService.class);
        cohorts.addMeeting(COHORT, new MeetingDetails(today().minusDays(1), java.time.LocalTime.of(17, 0),
                java.time.LocalTime.of(18, 0), null, null));
        cohorts.cancelMeeting(COHORT, meeting(COHORT, -1, 17));
        bean(TestEnrolments.class).enrolNewTrainee(COHORT, WITHDRAWN, "متدرب منسحب", "Withdrawn Trainee",
                "withdrawn@example.org", Language.ENGLISH, EnrolmentStatus.WITHDRAWN);
    }

    @Test
    @Order(2)
    void aMeetingIsRecordedInOneGoUnchangedLinesChangeNothingAndEveryChangeIsAudited() {
        AttendanceService attendance = bean(AttendanceService.class);
        long first = meeting(COHORT, -2, 14);
        AttendanceSheet before = attendance.sheet("instructor", COHORT, first);
        assertEquals(List.of(FIRST, SECOND, THIRD).stream().sorted().toList(),
                before.lines().stream().map(AttendanceSheet.Line::serviceNumber).sorted().toList(),
                "the enrolled trainees, not the withdrawn one");
        assertTrue(before.lines().stream().allMatch(l -> l.mark() == null), "no marks yet");
        assertFalse(before.taken());
        assertTrue(before.open());

        int changed = attendance.record("instructor", COHORT, first, List.of(line(FIRST, AttendanceMark.PRESENT, null),
                line(SECOND, AttendanceMark.LATE, " traffic "), line(THIRD, AttendanceMark.PRESENT, "")));
        assertEquals(3, changed);
        AttendanceSheet after = attendance.sheet("instructor", COHORT, first);
        assertTrue(after.taken());
        Map<String, AttendanceSheet.Line> lines = after.lines().stream()
                .collect(Collectors.toMap(AttendanceSheet.Line::serviceNumber, l -> l));
        assertEquals(AttendanceMark.LATE, lines.get(SECOND).mark());
        assertEquals("traffic", lines.get(SECOND).note());
        assertEquals("instructor", lines.get(SECOND).recordedBy());
        assertNull(lines.get(THIRD).note(), "a blank note is no note");

        assertEquals(0, attendance.record("instructor", COHORT, first, List.of(line(FIRST, AttendanceMark.PRESENT, null),
                line(SECOND, AttendanceMark.LATE, "traffic"))), "the same marks again change nothing");
        assertEquals(1, attendance.record("instructor", COHORT, first, List.of(line(SECOND, AttendanceMark.PRESENT, null))));

        List<AuditRecord> history = bean(AuditLog.class).historyOf("Attendance", COHORT + "/" + first + "/" + SECOND);
        assertEquals(List.of("attendance.recorded", "attendance.changed"), history.stream().map(AuditRecord::getAction).toList());
        assertNull(history.get(0).getBeforeState());
        assertEquals("mark=LATE; note=traffic", history.get(0).getAfterState());
        assertEquals("mark=LATE; note=traffic", history.get(1).getBeforeState());
        assertEquals("mark=PRESENT; note=", history.get(1).getAfterState());
        assertEquals(1, bean(AuditLog.class).historyOf("Attendance", COHORT + "/" + first + "/" + FIRST).size(),
                "the unchanged line left no second record");
    }

    @Test
    @Order(3)
    void aBadLineRefusesTheWholeMeetingNamingEachTraineeAndSavesNothing() {
        AttendanceService attendance = bean(AttendanceService.class);
        long second = meeting(COHORT, -1, 14);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> attendance.record("instructor",
                COHORT, second, List.of(line(FIRST, AttendanceMark.PRESENT, null), line(SECOND, AttendanceMark.EXCUSED, "  "),
                        line(WITHDRAWN, AttendanceMark.PRESENT, null), line("NO-SUCH-1", AttendanceMark.ABSENT, null))));
        assertEquals(Map.of(SECOND, "attendance.error.excuseNeedsNoteFor", WITHDRAWN, "attendance.error.notInCohort",
                        "NO-SUCH-1", "attendance.error.notInCohort"),
                refused.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::messageKey)));
        FieldError excuse = refused.errors().stream().filter(e -> e.field().equals(SECOND)).findFirst().orElseThrow();
        assertTrue(Messages.text(Language.ENGLISH, excuse.messageKey(), excuse.arguments().toArray()).contains("Layla Nasser"),
                "the message names the trainee");
        AttendanceSheet untouched = attendance.sheet("instructor", COHORT, second);
        assertFalse(untouched.taken(), "nothing saved, not even the good line");
        assertTrue(bean(AuditLog.class).historyOf("Attendance", COHORT + "/" + second + "/" + FIRST).isEmpty());

        assertEquals("attendance.error.notStarted", assertThrows(BusinessException.class, () -> attendance.record(
                "instructor", COHORT, meeting(COHORT, 2, 14), List.of(line(FIRST, AttendanceMark.PRESENT, null)))).messageKey());
        assertEquals("attendance.error.meetingCancelled", assertThrows(BusinessException.class, () -> attendance.record(
                "instructor", COHORT, meeting(COHORT, -1, 17), List.of(line(FIRST, AttendanceMark.PRESENT, null)))).messageKey());
        assertFalse(attendance.sheet("instructor", COHORT, meeting(COHORT, 2, 14)).open());
    }

    @Test
    @Order(4)
    void notYetTakenMeansHeldStartedAndWithoutMarks() {
        List<Long> untaken = bean(AttendanceService.class).notYetTaken("instructor").stream()
                .filter(s -> s.cohortCode().equals(COHORT)).map(AttendanceSheet.Slot::id).toList();
        assertEquals(List.of(meeting(COHORT, -1, 14)), untaken,
                "not the one taken, not the cancelled one, not the one in two days");
        assertTrue(bean(AttendanceService.class).notYetTaken("instructor2").isEmpty(), "not a colleague's");
        assertTrue(bean(AttendanceService.class).meetingsAhead("instructor", 14).stream()
                .anyMatch(s -> s.id() == meeting(COHORT, 2, 14)), "the meeting in two days is ahead");
        assertTrue(bean(InstructorAgenda.class).gradingToDo("instructor").stream().anyMatch(c -> c.code().equals(COHORT)));
    }

    @Test
    @Order(5)
    void onlyTheCohortsInstructorsRecordAndAdministratorsOnlyRead() {
        AttendanceService attendance = bean(AttendanceService.class);
        long first = meeting(COHORT, -2, 14);
        List<AttendanceService.Entry> absent = List.of(line(FIRST, AttendanceMark.ABSENT, null));
        assertThrows(AccessDeniedException.class, () -> attendance.sheet("instructor2", COHORT, first));
        assertThrows(AccessDeniedException.class, () -> attendance.record("instructor2", COHORT, first, absent));
        assertThrows(AccessDeniedException.class, () -> attendance.matrix("instructor2", COHORT));
        assertThrows(AccessDeniedException.class, () -> attendance.sheet("trainee", COHORT, first));
        assertThrows(AccessDeniedException.class, () -> attendance.record("admin", COHORT, first, absent));
        assertEquals(3, attendance.sheet("admin", COHORT, first).lines().size(), "administrators read");
        assertThrows(CohortNotFoundException.class, () -> attendance.sheet("instructor", "NO-SUCH", first));
        long otherCohorts = bean(CohortService.class).getByCode("CP101-A").getMeetings().get(0).getId();
        assertThrows(CohortNotFoundException.class, () -> attendance.sheet("instructor", COHORT, otherCohorts),
                "a meeting of another cohort is not found in this one");
        assertThrows(CohortNotFoundException.class, () -> attendance.record("instructor", COHORT, otherCohorts, absent));
        assertEquals(AttendanceMark.PRESENT, attendance.sheet("instructor", COHORT, first).lines().stream()
                .filter(l -> l.serviceNumber().equals(FIRST)).findFirst().orElseThrow().mark(), "nothing changed");
    }

    // ---- through HTTP ------------------------------------------------------------------------------------

    /** The meeting ids of CP101-T from the public cohort API: two days ago, yesterday and in two days at 14:00. */
    private Map<Integer, Long> meetingIds(WebClient client) {
        JsonArray meetings = WebClient.json(client.get("api/v1/cohorts/" + COHORT)).asJsonObject().getJsonArray("meetings");
        Map<Integer, Long> ids = new LinkedHashMap<>();
        for (JsonValue value : meetings) {
            JsonObject meeting = value.asJsonObject();
            if (meeting.getString("startsAt").endsWith("T14:00")) {
                ids.put(ids.size(), meeting.getJsonNumber("id").longValue());
            }
        }
        assertEquals(3, ids.size(), meetings.toString());
        return ids;
    }

    private static String path(long meeting) {
        return "api/v1/cohorts/" + COHORT + "/meetings/" + meeting + "/attendance";
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
        String page = "instructor/attendance.xhtml?code=" + COHORT + "&meeting=" + meetings.get(0);

        WebClient colleague = new WebClient(deploymentUrl).acceptLanguage("en");
        colleague.signIn(DemoAccounts.INSTRUCTOR_2.username, DemoAccounts.INSTRUCTOR_2.password);
        assertEquals(403, colleague.get(page).statusCode());
        assertEquals(403, colleague.get("instructor/attendance.xlsx?code=" + COHORT).statusCode());
        WebClient trainee = new WebClient(deploymentUrl).acceptLanguage("en");
        trainee.signIn(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password);
        assertEquals(403, trainee.get(page).statusCode());
        assertEquals(403, trainee.get("admin/cohorts/attendance.xhtml?code=" + COHORT).statusCode());

        WebClient instructor = new WebClient(deploymentUrl).acceptLanguage("en");
        instructor.signIn(DemoAccounts.INSTRUCTOR.username, DemoAccounts.INSTRUCTOR.password);
        assertEquals(404, instructor.get("instructor/attendance.xhtml?code=" + COHORT + "&meeting=999999").statusCode());
        assertEquals(404, instructor.get("instructor/attendance.xhtml?code=" + COHORT + "&meeting=abc").statusCode());
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
        String matrix = admin.get("admin/cohorts/attendance.xhtml?code=" + COHORT).body();
        assertTrue(matrix.contains("class=\"trainee-" + FIRST + "\""), "the matrix lists the trainees");
        assertEquals(404, admin.get("admin/cohorts/attendance.xhtml?code=NO-SUCH").statusCode());
    }

    @Test
    @Order(8)
    @RunAsClient
    void theExportListsEveryTraineesMarksAndRateInTheReadersLanguage() throws Exception {
        WebClient admin = new WebClient(deploymentUrl);
        admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        HttpResponse<byte[]> xlsx = admin.send(admin.request("admin/cohorts/attendance.xlsx?code=" + COHORT + "&lang=en"),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("attendance-CP101-T.xlsx"));
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

        HttpResponse<String> csv = admin.get("admin/cohorts/attendance.csv?code=" + COHORT + "&lang=ar");
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
        assertEquals(200, instructor.get("instructor/attendance.csv?code=" + COHORT).statusCode(),
                "the cohort's instructor exports it too");
        assertEquals(404, admin.get("admin/cohorts/attendance.csv?code=NO-SUCH").statusCode());
    }
}
