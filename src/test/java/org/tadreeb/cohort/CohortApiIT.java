package org.tadreeb.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.SharedDeployment;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.TestAccounts;
import org.tadreeb.testing.WebClient;

/**
 * The cohorts and venues over HTTP as their clients use them (no browser needed). The API: anyone lists and reads
 * cohorts; administrators plan one, schedule its meetings (refused with 409 naming the other cohort when the room or
 * the instructor is taken), get per-field 422s for bad input and move it through its life; others are refused. The
 * pages: who may open the venue and cohort pages, the 404 for an unknown cohort, what each status of the demo
 * cohorts offers, and who sees what on the calendar page. Each test that writes plans its own cohorts (codes
 * CAPI-T..., of the class's own copy CAPI101 of CP101) in its own venues (CAPI-...) where the demo's are not what is
 * tested, none changes a demo cohort's status, and the page tests only read, so none depends on another's order.
 * Other classes plan cohorts on the same server: lists are checked as "the demo's cohorts are there, and every item
 * matches the filter", and figures of demo cohorts are worked out from their rosters.
 */
@IntegrationTest
@RunAsClient
class CohortApiIT {

    private static final LocalDate TODAY = LocalDate.now();
    /** This class's copy of CP101 (same scheme and qualified instructor), so that its cohorts are no demo course's. */
    private static final String COURSE = "CAPI101";
    private static final List<String> PAGES = List.of("admin/venues.xhtml", "admin/cohorts/",
            "admin/cohorts/cohort.xhtml", "admin/cohorts/cohort.xhtml?course=CP101",
            "admin/cohorts/cohort.xhtml?code=CP101-A");

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.archive();
    }

    @ArquillianResource
    URL deploymentUrl;

    // ---- reading, for anyone -----------------------------------------------------------------------------

    @Test
    void anyoneListsCohortsByCourseGovernorateDatesAndStatus() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        // The demo's cohorts are listed, and every item listed matches the filter (other classes add cohorts).
        List<JsonObject> gender = listed(client, "api/v1/cohorts?course=cp120&size=100", Set.of("CP120-A", "CP120-S"));
        assertTrue(gender.stream().allMatch(c -> courseOf(c).equals("CP120")), gender.toString());
        List<JsonObject> south = listed(client, "api/v1/cohorts?governorate=SOU&size=100", Set.of("CP120-S"));
        assertTrue(south.stream().allMatch(c -> "SOU".equals(governorateOf(c))), south.toString());
        List<JsonObject> north = listed(client, "api/v1/cohorts?governorate=nor&size=100", Set.of("CP130-A"));
        assertTrue(north.stream().allMatch(c -> "NOR".equals(governorateOf(c))), north.toString());
        List<JsonObject> room2 = listed(client, "api/v1/cohorts?venue=CAP-R2&size=100", Set.of("CP205-A"));
        assertTrue(room2.stream().allMatch(c -> "CAP-R2".equals(venueOf(c))), room2.toString());
        LocalDate from = TODAY.plusDays(60);
        LocalDate to = TODAY.plusDays(65);
        List<JsonObject> running = listed(client, "api/v1/cohorts?from=" + from + "&to=" + to + "&size=100",
                Set.of("CP130-A", "CP140-A"));
        assertTrue(running.stream().allMatch(c -> !LocalDate.parse(c.getString("startsOn")).isAfter(to)
                && !LocalDate.parse(c.getString("endsOn")).isBefore(from)), "cohorts running on some day between the dates: " + running);
        assertFalse(codes(running).contains("CP120-A") || codes(running).contains("CP120-S"), "the demo's cohorts outside the dates");
        List<JsonObject> completed = listed(client, "api/v1/cohorts?status=COMPLETED&size=100", Set.of("CP101-0"));
        assertTrue(completed.stream().allMatch(c -> c.getString("status").equals("COMPLETED")), completed.toString());
        List<JsonObject> inProgress = listed(client, "api/v1/cohorts?status=in-progress&course=CP101&size=100", Set.of("CP101-A"));
        assertTrue(inProgress.stream().allMatch(c -> c.getString("status").equals("IN_PROGRESS") && courseOf(c).equals("CP101")),
                inProgress.toString());

        JsonObject page = WebClient.json(client.get("api/v1/cohorts?size=2&page=1")).asJsonObject();
        assertEquals(2, page.getJsonArray("items").size());
        assertTrue(page.getInt("total") >= 8, "the demo's eight cohorts at least");
        assertEquals(100, WebClient.json(client.get("api/v1/cohorts?size=5000")).asJsonObject().getInt("size"),
                "the page size is capped");
        JsonObject first = byCode(items(client.get("api/v1/cohorts?course=CP130&size=100")), "CP130-A");
        assertEquals("NOR", first.getJsonObject("venue").getJsonObject("governorate").getString("code"));
        assertEquals("CP130", first.getJsonObject("course").getString("code"));
        assertEquals(JsonValue.NULL, byCode(items(client.get("api/v1/cohorts?course=CP140&size=100")), "CP140-A").get("venue"),
                "a remote cohort has no venue");

        assertEquals(Map.of("status", "cohortApi.error.unknownStatus"), fieldErrors(client.get("api/v1/cohorts?status=SOON")));
        assertEquals(Map.of("from", "input.error.date"), fieldErrors(client.get("api/v1/cohorts?from=tomorrow")));
    }

    @Test
    void anyoneReadsOneCohortWithSeatsLeftAndMeetings() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        JsonObject cohort = WebClient.json(client.get("api/v1/cohorts/cp205-a")).asJsonObject();
        assertEquals("CP205-A", cohort.getString("code"));
        assertEquals("OPEN", cohort.getString("status"));
        assertEquals(20, cohort.getInt("seatLimit"));
        // 20 seats, 5 enrolled by the demo: counted from the roster, in case another class enrols someone there
        long enrolled = WebClient.json(client.get("api/v1/cohorts/CP205-A/enrolments", token(DemoAccounts.ADMIN))).asJsonArray()
                .stream().filter(e -> e.asJsonObject().getString("status").equals("ENROLLED")).count();
        assertTrue(enrolled >= 5, "the demo enrols five trainees in CP205-A: " + enrolled);
        assertEquals(20 - enrolled, cohort.getInt("seatsLeft"), "20 seats, " + enrolled + " enrolled");
        JsonObject venue = cohort.getJsonObject("venue");
        assertEquals("CAP-R2", venue.getString("code"));
        assertEquals("CAP", venue.getJsonObject("governorate").getString("code"));
        assertFalse(cohort.getBoolean("needsApproval"));
        assertEquals(TODAY.plusDays(13).toString(), cohort.getString("enrolmentClosesOn"));
        JsonObject instructor = cohort.getJsonArray("instructors").getJsonObject(0);
        assertTrue(instructor.containsKey("nameLatin") && instructor.containsKey("nameArabic"));
        assertFalse(instructor.containsKey("username"), "user names are for administrators");
        JsonObject meeting = cohort.getJsonArray("meetings").getJsonObject(0);
        assertTrue(meeting.getJsonNumber("id").longValue() > 0);
        assertTrue(meeting.getString("startsAt").endsWith("T09:00"), meeting.toString());
        assertTrue(meeting.getString("endsAt").endsWith("T12:00"));
        assertEquals("Session 1", meeting.getString("topicEnglish"));
        assertFalse(meeting.getBoolean("cancelled"));

        JsonObject asAdmin = WebClient.json(client.get("api/v1/cohorts/CP205-A", token(DemoAccounts.ADMIN))).asJsonObject();
        assertEquals("instructor", asAdmin.getJsonArray("instructors").getJsonObject(0).getString("username"));

        HttpResponse<String> missing = client.get("api/v1/cohorts/NOPE");
        assertEquals(404, missing.statusCode());
        assertEquals("cohort.error.notFound", WebClient.problem(missing).getString("code"));

        JsonObject venues = WebClient.json(client.get("api/v1/venues")).asJsonObject();
        JsonObject hall = venues.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getString("code").equals("CAP-HALL")).findFirst().orElseThrow();
        assertEquals(30, hall.getInt("capacity"));
        assertEquals("CAP", hall.getJsonObject("governorate").getString("code"));

        String openApi = client.get("openapi").body();
        for (String path : List.of("/api/v1/cohorts/{code}/meetings/generate", "/api/v1/cohorts/{code}/close-enrolment",
                "/api/v1/cohorts/{code}/meetings/{id}/cancel", "/api/v1/venues/{code}")) {
            assertTrue(openApi.contains(path), path + " is documented");
        }
    }

    // ---- writing, for administrators ---------------------------------------------------------------------

    @Test
    void aPaddedOrLowerCaseCodeInAnAddressFindsTheSameRecord() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        assertEquals("CP205-A", WebClient.json(client.get("api/v1/cohorts/%20cp205-a%20")).asJsonObject().getString("code"));
        assertEquals("CP101", WebClient.json(client.get("api/v1/courses/cp101%20")).asJsonObject().getString("code"));
        assertEquals(404, client.get("api/v1/cohorts/%20").statusCode(), "the empty code finds nothing");
    }

    @Test
    void onlyAdministratorsPlanAndChangeCohorts() {
        WebClient client = new WebClient(deploymentUrl);
        String body = plan("CAPI-T9", "CAP-R3").build().toString();
        assertEquals(401, client.postJson("api/v1/cohorts", body).statusCode());
        assertEquals(401, client.postJson("api/v1/cohorts/CP205-A/open", "").statusCode());
        assertEquals(401, client.postJson("api/v1/venues", venue("CAPI-R9").build().toString()).statusCode());
        for (DemoAccounts account : List.of(DemoAccounts.TRAINEE, DemoAccounts.INSTRUCTOR)) {
            String token = token(account);
            assertEquals(403, send(client, "POST", "api/v1/cohorts", plan("CAPI-T9", "CAP-R3").build(), token).statusCode());
            assertEquals(403, send(client, "PUT", "api/v1/cohorts/CP205-A", plan("CP205-A", "CAP-R2").build(), token).statusCode());
            assertEquals(403, send(client, "POST", "api/v1/cohorts/CP205-A/meetings", meeting(TODAY.plusDays(20), "13:00", "14:00").build(), token).statusCode());
            assertEquals(403, send(client, "POST", "api/v1/cohorts/CP205-A/close-enrolment", null, token).statusCode());
            assertEquals(403, send(client, "POST", "api/v1/cohorts/CP205-A/cancel", Json.createObjectBuilder().add("reason", "x").build(), token).statusCode());
            assertEquals(403, send(client, "POST", "api/v1/venues", venue("CAPI-R9").build(), token).statusCode());
            assertEquals(200, client.get("api/v1/cohorts", token).statusCode(), "reading is for everyone");
        }
        assertEquals(404, client.get("api/v1/cohorts/CAPI-T9").statusCode(), "nothing was planned");
        assertEquals("OPEN", WebClient.json(client.get("api/v1/cohorts/CP205-A")).asJsonObject().getString("status"));
    }

    @Test
    void anAdministratorPlansACohortAndSchedulesItsMeetingsAroundOtherCohorts() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = token(DemoAccounts.ADMIN);
        ownCourseAndVenues(client, admin);
        HttpResponse<String> planned = send(client, "POST", "api/v1/cohorts", plan("capi-t1", "CAP-HALL")
                .add("needsApproval", true).add("enrolmentClosesOn", TODAY.plusDays(2).toString()).build(), admin);
        assertEquals(201, planned.statusCode(), planned.body());
        assertTrue(planned.headers().firstValue("Location").orElse("").endsWith("/api/v1/cohorts/CAPI-T1"));
        JsonObject cohort = WebClient.json(planned).asJsonObject();
        assertEquals("PLANNED", cohort.getString("status"));
        assertTrue(cohort.getBoolean("needsApproval"));
        assertEquals(0, cohort.getJsonArray("meetings").size());

        // CP101-A meets in the main hall on Sundays and Tuesdays, 09:00-12:00, until two weeks from today
        HttpResponse<String> roomTaken = send(client, "POST", "api/v1/cohorts/CAPI-T1/meetings/generate",
                pattern(List.of("SUNDAY"), "10:00", "11:00").build(), admin);
        assertEquals(409, roomTaken.statusCode(), roomTaken.body());
        JsonObject clash = WebClient.problem(roomTaken);
        assertEquals("cohort.error.roomClash", clash.getString("code"));
        assertEquals("CP101-A", clash.getString("cohort"), "the problem names the other cohort");
        assertTrue(clash.getString("detail").contains("CP101-A"), clash.getString("detail"));
        assertEquals(0, meetingsOf(client, "CAPI-T1").size(), "no meeting of the pattern was added");

        HttpResponse<String> generated = send(client, "POST", "api/v1/cohorts/CAPI-T1/meetings/generate",
                pattern(List.of("monday", "WEDNESDAY"), "09:00", "12:00").add("topicEnglish", "Part").build(), admin);
        assertEquals(201, generated.statusCode(), generated.body());
        int added = WebClient.json(generated).asJsonObject().getInt("added");
        assertTrue(added >= 2, "at least one Monday and one Wednesday in twelve days");
        assertEquals("Part 1", WebClient.json(generated).asJsonObject().getJsonArray("meetings").getJsonObject(0).getString("topicEnglish"));

        LocalDate thursday = TODAY.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        HttpResponse<String> one = send(client, "POST", "api/v1/cohorts/CAPI-T1/meetings",
                meeting(thursday, "13:00", "15:00").add("topicEnglish", "Visit").build(), admin);
        assertEquals(201, one.statusCode(), one.body());
        long id = WebClient.json(one).asJsonObject().getJsonNumber("id").longValue();
        assertTrue(one.headers().firstValue("Location").orElse("").endsWith("/meetings/" + id));
        HttpResponse<String> moved = send(client, "PUT", "api/v1/cohorts/CAPI-T1/meetings/" + id,
                meeting(thursday, "14:00", "16:00").build(), admin);
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(thursday + "T14:00", WebClient.json(moved).asJsonObject().getString("startsAt"));
        HttpResponse<String> ownOverlap = send(client, "POST", "api/v1/cohorts/CAPI-T1/meetings",
                meeting(thursday, "15:00", "17:00").build(), admin);
        assertEquals(409, ownOverlap.statusCode(), "the cohort already meets then");
        assertEquals("meeting.error.overlapsOwn", WebClient.problem(ownOverlap).getString("code"));
        HttpResponse<String> cancelled = send(client, "POST", "api/v1/cohorts/CAPI-T1/meetings/" + id + "/cancel", null, admin);
        assertTrue(WebClient.json(cancelled).asJsonObject().getBoolean("cancelled"));
        assertEquals(404, send(client, "POST", "api/v1/cohorts/CAPI-T1/meetings/999999/cancel", null, admin).statusCode());

        JsonObject after = WebClient.json(client.get("api/v1/cohorts/CAPI-T1")).asJsonObject();
        assertEquals(added + 1, after.getJsonArray("meetings").size(), "the cancelled meeting stays on record");
        assertEquals(1, after.getJsonArray("meetings").stream().filter(m -> m.asJsonObject().getBoolean("cancelled")).count());

        // the same instructor cannot be in two rooms: CP101-A's instructor in a room of this class's on CP101-A's Tuesdays
        assertEquals(201, send(client, "POST", "api/v1/cohorts", plan("CAPI-T2", "CAPI-R1")
                .add("instructors", Json.createArrayBuilder().add("instructor")).build(), admin).statusCode());
        HttpResponse<String> instructorTaken = send(client, "POST", "api/v1/cohorts/CAPI-T2/meetings/generate",
                pattern(List.of("TUESDAY"), "11:00", "13:00").build(), admin);
        assertEquals(409, instructorTaken.statusCode(), instructorTaken.body());
        assertEquals("cohort.error.instructorClash", WebClient.problem(instructorTaken).getString("code"));
        assertEquals("CP101-A", WebClient.problem(instructorTaken).getString("cohort"));

        // revising: more seats than the room holds is refused; a smaller plan is kept
        HttpResponse<String> tooMany = send(client, "PUT", "api/v1/cohorts/CAPI-T1", plan("ignored", "CAP-HALL")
                .add("seatLimit", 31).build(), admin);
        assertEquals(Map.of("seatLimit", "cohort.error.seatsAboveCapacity"), fieldErrors(tooMany));
        HttpResponse<String> revised = send(client, "PUT", "api/v1/cohorts/capi-t1", plan("ignored", "CAP-HALL")
                .add("seatLimit", 12).build(), admin);
        assertEquals(200, revised.statusCode(), revised.body());
        assertEquals(12, WebClient.json(revised).asJsonObject().getInt("seatLimit"));
        assertEquals("CAPI-T1", WebClient.json(revised).asJsonObject().getString("code"), "the code stays");
        assertEquals(404, send(client, "PUT", "api/v1/cohorts/NOPE", plan("NOPE", "CAP-HALL").build(), admin).statusCode());
    }

    @Test
    void badInputIsNamedFieldByField() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = token(DemoAccounts.ADMIN);
        ownCourseAndVenues(client, admin);
        HttpResponse<String> unreadable = send(client, "POST", "api/v1/cohorts", Json.createObjectBuilder()
                .add("code", "bad code").add("course", "CP101").add("startsOn", "tomorrow").add("endsOn", "2027-13-01")
                .add("venue", "CAP-HALL").add("seatLimit", "many").add("needsApproval", "yes")
                .add("instructors", "instructor").build(), admin);
        assertEquals(Map.of("code", "cohort.error.codeFormat", "startsOn", "input.error.date", "endsOn", "input.error.date",
                "seatLimit", "input.error.notWholeNumber", "needsApproval", "cohortApi.error.notTrueOrFalse",
                "instructors", "input.error.notList"), fieldErrors(unreadable));
        assertEquals(Messages.text(Language.ENGLISH, "input.error.date", "tomorrow"), detailOf(unreadable, "startsOn"));

        HttpResponse<String> unknown = send(client, "POST", "api/v1/cohorts", plan("CAPI-T3", "NOWHERE")
                .add("course", "NOPE").add("instructors", Json.createArrayBuilder().add("trainee")).build(), admin);
        assertEquals(Map.of("course", "cohort.error.unknownCourse", "venue", "cohort.error.unknownVenue",
                "instructors", "cohort.error.notAnInstructor"), fieldErrors(unknown));
        HttpResponse<String> reversed = send(client, "POST", "api/v1/cohorts", plan("CAPI-T3", "CAP-R3")
                .add("endsOn", TODAY.toString()).add("seatLimit", 0).build(), admin);
        assertEquals(Map.of("endsOn", "cohort.error.endsBeforeStart", "seatLimit", "input.error.range"), fieldErrors(reversed));
        HttpResponse<String> taken = send(client, "POST", "api/v1/cohorts", plan("CP205-A", "CAP-R3").build(), admin);
        assertEquals(Map.of("code", "cohort.error.codeTaken"), fieldErrors(taken));
        assertEquals(404, client.get("api/v1/cohorts/CAPI-T3").statusCode(), "nothing half saved");

        HttpResponse<String> badPattern = send(client, "POST", "api/v1/cohorts/CP205-A/meetings/generate",
                Json.createObjectBuilder().add("days", Json.createArrayBuilder().add("FUNDAY")).add("startsAt", "9am")
                        .add("endsAt", "08:00").add("from", TODAY.plusDays(14).toString()).build(), admin);
        assertEquals(Map.of("days", "cohortApi.error.unknownDay", "startsAt", "cohortApi.error.time",
                "to", "input.error.required"), fieldErrors(badPattern));
        HttpResponse<String> backwards = send(client, "POST", "api/v1/cohorts/CP205-A/meetings",
                meeting(TODAY.plusDays(20), "12:00", "11:00").build(), admin);
        assertEquals(Map.of("endsAt", "meeting.error.endsBeforeStart"), fieldErrors(backwards));
        HttpResponse<String> outside = send(client, "POST", "api/v1/cohorts/CP205-A/meetings",
                meeting(TODAY.plusDays(100), "12:00", "13:00").build(), admin);
        assertEquals(422, outside.statusCode());
        assertEquals("cohort.error.meetingOutsideDates", WebClient.problem(outside).getString("code"));

        HttpResponse<String> malformed = client.send(client.request("api/v1/cohorts").header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"code\": ")));
        assertEquals(400, malformed.statusCode(), malformed.body());
        WebClient.problem(malformed);
        HttpResponse<String> noBody = send(client, "POST", "api/v1/cohorts/CP205-A/cancel", null, admin);
        assertTrue(noBody.statusCode() == 400 || noBody.statusCode() == 415, noBody.statusCode() + " " + noBody.body());
        WebClient.problem(noBody);

        HttpResponse<String> badVenue = send(client, "POST", "api/v1/venues", venue("bad code").add("capacity", 0)
                .add("nameEnglish", " ").build(), admin);
        assertEquals(Map.of("code", "venue.error.codeFormat", "capacity", "input.error.range",
                "nameEnglish", "input.error.required"), fieldErrors(badVenue));
        HttpResponse<String> nowhere = send(client, "POST", "api/v1/venues", venue("MARS-1").add("governorate", "MARS").build(), admin);
        assertEquals(Map.of("governorate", "venue.error.unknownGovernorate"), fieldErrors(nowhere));
    }

    @Test
    void anAdministratorMovesACohortThroughItsLifeAndIsRefusedWhatTheRulesForbid() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = token(DemoAccounts.ADMIN);
        ownCourseAndVenues(client, admin);
        assertEquals(201, send(client, "POST", "api/v1/cohorts", plan("CAPI-T4", "CAPI-R3").build(), admin).statusCode());
        assertEquals("cohort.error.openNeedsMeetings", problemCode(send(client, "POST", "api/v1/cohorts/CAPI-T4/open", null, admin)));
        assertEquals(201, send(client, "POST", "api/v1/cohorts/CAPI-T4/meetings/generate",
                pattern(List.of("THURSDAY"), "13:00", "16:00").build(), admin).statusCode());
        assertEquals("OPEN", status(send(client, "POST", "api/v1/cohorts/CAPI-T4/open", null, admin)));
        assertEquals("cohort.error.transition", problemCode(send(client, "POST", "api/v1/cohorts/CAPI-T4/open", null, admin)));
        assertEquals("PLANNED", status(send(client, "POST", "api/v1/cohorts/CAPI-T4/close-enrolment", null, admin)));
        assertEquals("cohort.error.transition", problemCode(send(client, "POST", "api/v1/cohorts/CAPI-T4/complete", null, admin)));
        assertEquals("cohort.error.startNeedsInstructor", problemCode(send(client, "POST", "api/v1/cohorts/CAPI-T4/start", null, admin)));
        assertEquals("cohort.error.startBeforeFirstDay", problemCode(send(client, "POST", "api/v1/cohorts/CP205-A/start", null, admin)));
        assertEquals("cohort.error.completeBeforeLastMeeting", problemCode(send(client, "POST", "api/v1/cohorts/CP101-A/complete", null, admin)));

        HttpResponse<String> noReason = send(client, "POST", "api/v1/cohorts/CAPI-T4/cancel", Json.createObjectBuilder().build(), admin);
        assertEquals("cohort.error.cancelNeedsReason", problemCode(noReason));
        HttpResponse<String> cancelled = send(client, "POST", "api/v1/cohorts/CAPI-T4/cancel",
                Json.createObjectBuilder().add("reason", "The trainers are needed elsewhere.").build(), admin);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        JsonObject cohort = WebClient.json(cancelled).asJsonObject();
        assertEquals("CANCELLED", cohort.getString("status"));
        assertEquals("The trainers are needed elsewhere.", cohort.getString("cancelReason"));
        assertEquals(0, cohort.getInt("traineesTold"));
        assertEquals("cohort.error.transition", problemCode(send(client, "POST", "api/v1/cohorts/CAPI-T4/open", null, admin)));
        assertEquals("cohort.error.notEditable", problemCode(send(client, "PUT", "api/v1/cohorts/CAPI-T4",
                plan("CAPI-T4", "CAPI-R3").build(), admin)));
        assertEquals(404, send(client, "POST", "api/v1/cohorts/NOPE/start", null, admin).statusCode());

        // a cancelled cohort books nothing: its Thursday afternoons are free again
        assertEquals(201, send(client, "POST", "api/v1/cohorts", plan("CAPI-T5", "CAPI-R3").build(), admin).statusCode());
        assertEquals(201, send(client, "POST", "api/v1/cohorts/CAPI-T5/meetings/generate",
                pattern(List.of("THURSDAY"), "13:00", "16:00").build(), admin).statusCode());
    }

    @Test
    void anAdministratorAddsAndChangesVenues() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = token(DemoAccounts.ADMIN);
        HttpResponse<String> added = send(client, "POST", "api/v1/venues", venue("capi-eas").build(), admin);
        assertEquals(201, added.statusCode(), added.body());
        assertEquals("CAPI-EAS", WebClient.json(added).asJsonObject().getString("code"));
        assertEquals(Map.of("code", "venue.error.codeTaken"), fieldErrors(send(client, "POST", "api/v1/venues", venue("CAPI-EAS").build(), admin)));
        HttpResponse<String> changed = send(client, "PUT", "api/v1/venues/CAPI-EAS", venue("ignored").add("capacity", 40)
                .add("governorate", "SOU").build(), admin);
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(40, WebClient.json(changed).asJsonObject().getInt("capacity"));
        assertEquals("SOU", WebClient.json(changed).asJsonObject().getJsonObject("governorate").getString("code"));
        HttpResponse<String> belowCohort = send(client, "PUT", "api/v1/venues/CAP-R2", venue("CAP-R2").add("capacity", 10).build(), admin);
        assertEquals(Map.of("capacity", "venue.error.capacityBelowCohort"), fieldErrors(belowCohort));
        assertEquals(404, send(client, "PUT", "api/v1/venues/NOPE", venue("NOPE").build(), admin).statusCode());
    }

    // ---- the calendar page -------------------------------------------------------------------------------

    @Test
    void eachPersonSeesTheirOwnMeetingsOnTheCalendar() {
        assertEquals("/login.xhtml", WebClient.redirectPath(new WebClient(deploymentUrl).get("calendar.xhtml")));
        String cp205Week = "calendar.xhtml?lang=en&week=" + TODAY.plusDays(21);

        WebClient trainee = signedIn(DemoAccounts.TRAINEE);
        String thisWeek = trainee.get("calendar.xhtml?lang=en").body();
        assertTrue(thisWeek.contains("CP101-A"), "enrolled in CP101-A");
        String later = trainee.get(cp205Week).body();
        assertTrue(later.contains("CP205-A") && later.contains("/courses/CP205"), "enrolled in CP205-A, linked to its course");
        assertFalse(later.contains("/admin/cohorts/"));
        assertTrue(trainee.get(cp205Week + "&venue=CAP-R3").body().contains("CP205-A"), "filters are for administrators only");

        // A trainee of this class's own, in no cohort (the demo's trainee2 is changed by other classes).
        HttpResponse<String> opened = new WebClient(deploymentUrl).postForm("testing/accounts", Map.of("number", "CAPI-P1",
                "username", "capi-trainee", "name", "Capi Trainee", "lang", "en", "email", "capi-trainee@example.org"));
        assertEquals(204, opened.statusCode(), opened.body());
        WebClient otherClient = new WebClient(deploymentUrl);
        otherClient.signIn("capi-trainee", TestAccounts.PASSWORD);
        String other = otherClient.get(cp205Week).body();
        assertTrue(other.contains("id=\"meetingList\""), "signed in, on the calendar page");
        assertFalse(other.contains("CP205-A"), "a trainee not in CP205-A does not see it");

        assertTrue(signedIn(DemoAccounts.INSTRUCTOR).get("calendar.xhtml?lang=en").body().contains("CP101-A"), "teaches CP101-A");
        assertFalse(signedIn(DemoAccounts.INSTRUCTOR_2).get("calendar.xhtml?lang=en").body().contains("CP101-A"));

        WebClient admin = signedIn(DemoAccounts.ADMIN);
        String all = admin.get(cp205Week).body();
        assertTrue(all.contains("CP205-A") && all.contains("/admin/cohorts/cohort.xhtml?code=CP205-A"), "administrators see all, linked to the cohort");
        String room2 = admin.get(cp205Week + "&venue=CAP-R2").body();
        assertTrue(room2.contains("CP205-A") && !room2.contains("CP101-A"), "filtered by venue");
        assertTrue(room2.contains("<option value=\"CAP-R2\" selected=\"selected\">"), "the filter stays chosen");
        String teacher2 = admin.get(cp205Week + "&instructor=instructor2").body();
        assertFalse(teacher2.contains("CP205-A"), "filtered by instructor");
        assertTrue(admin.get("admin/?lang=en").body().contains("/calendar.xhtml"), "linked from the home page");
    }

    // ---- the venue and cohort pages ----------------------------------------------------------------------

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
        // The demo takes CP101-0 and CP101-A; other classes may take more letters: the first one free is suggested.
        String free = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".chars().mapToObj(letter -> "CP101-" + (char) letter)
                .filter(code -> new WebClient(deploymentUrl).get("api/v1/cohorts/" + code).statusCode() == 404)
                .findFirst().orElseThrow();
        assertTrue(planning.contains("value=\"" + free + "\""), "the first free code is suggested: " + free);
        assertFalse(planning.contains("value=\"CP101-A\""), "never a code that is taken");
        assertTrue(planning.contains("value=\"instructor\""), "the instructor qualified for CP101 is offered");
        assertFalse(planning.contains("value=\"instructor2\""), "an instructor not qualified for CP101 is not");
        assertFalse(planning.contains("id=\"lifecycle\""), "nothing to move before the cohort is planned");

        // This class's copy of CP410 (nobody is qualified for CP410, so nobody for it), whatever other classes qualify.
        WebClient testing = new WebClient(deploymentUrl);
        if (testing.get("api/v1/courses/CAPI410").statusCode() == 404) {
            assertEquals(204, testing.postForm("testing/cohorts", Map.of("do", "course", "code", "CAPI410", "like", "CP410")).statusCode());
        }
        String nobody = admin.get("admin/cohorts/cohort.xhtml?course=CAPI410&lang=en").body();
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

    // ---- helpers -----------------------------------------------------------------------------------------

    /** A cohort of this class's copy of CP101 from tomorrow for twelve days, with no instructor. */
    private static JsonObjectBuilder plan(String code, String venue) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("course", COURSE)
                .add("startsOn", TODAY.plusDays(1).toString())
                .add("endsOn", TODAY.plusDays(13).toString())
                .add("venue", venue)
                .add("seatLimit", 16)
                .add("needsApproval", false);
    }

    private static JsonObjectBuilder pattern(List<String> days, String startsAt, String endsAt) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        days.forEach(list::add);
        return Json.createObjectBuilder().add("days", list).add("startsAt", startsAt).add("endsAt", endsAt)
                .add("from", TODAY.plusDays(1).toString()).add("to", TODAY.plusDays(13).toString());
    }

    private static JsonObjectBuilder meeting(LocalDate day, String startsAt, String endsAt) {
        return Json.createObjectBuilder().add("day", day.toString()).add("startsAt", startsAt).add("endsAt", endsAt);
    }

    private static JsonObjectBuilder venue(String code) {
        return Json.createObjectBuilder().add("code", code).add("nameArabic", "مركز شرطة الشرق - القاعة ٢")
                .add("nameEnglish", "Eastern station, room 2").add("governorate", "EAS").add("capacity", 22);
    }

    /**
     * This class's course (a copy of CP101) and rooms (CAPI-R1 like room 1, CAPI-R3 like room 3), made by the first
     * test that needs them.
     */
    private void ownCourseAndVenues(WebClient client, String admin) {
        if (client.get("api/v1/courses/" + COURSE).statusCode() == 404) {
            assertEquals(204, client.postForm("testing/cohorts", Map.of("do", "course", "code", COURSE, "like", "CP101"))
                    .statusCode());
        }
        Set<String> venues = codes(client.get("api/v1/venues"));
        for (Map.Entry<String, Integer> room : Map.of("CAPI-R1", 24, "CAPI-R3", 16).entrySet()) {
            if (!venues.contains(room.getKey())) {
                HttpResponse<String> added = send(client, "POST", "api/v1/venues", Json.createObjectBuilder()
                        .add("code", room.getKey()).add("nameArabic", "قاعة " + room.getKey())
                        .add("nameEnglish", "Room " + room.getKey()).add("governorate", "CAP")
                        .add("capacity", room.getValue()).build(), admin);
                assertEquals(201, added.statusCode(), added.body());
            }
        }
    }

    private static List<JsonObject> items(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return WebClient.json(response).asJsonObject().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    /** The items listed, having checked that those expected are among them. */
    private static List<JsonObject> listed(WebClient client, String path, Set<String> expected) {
        List<JsonObject> items = items(client.get(path));
        assertTrue(codes(items).containsAll(expected), path + " lists " + expected + ": " + codes(items));
        return items;
    }

    private static Set<String> codes(List<JsonObject> items) {
        return items.stream().map(item -> item.getString("code")).collect(Collectors.toSet());
    }

    private static JsonObject byCode(List<JsonObject> items, String code) {
        return items.stream().filter(item -> item.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not listed"));
    }

    private static String courseOf(JsonObject cohort) {
        return cohort.getJsonObject("course").getString("code");
    }

    private static String venueOf(JsonObject cohort) {
        return cohort.isNull("venue") ? null : cohort.getJsonObject("venue").getString("code");
    }

    private static String governorateOf(JsonObject cohort) {
        return cohort.isNull("venue") ? null : cohort.getJsonObject("venue").getJsonObject("governorate").getString("code");
    }

    private WebClient signedIn(DemoAccounts account) {
        WebClient client = new WebClient(deploymentUrl);
        client.signIn(account.username, account.password);
        return client;
    }

    private String token(DemoAccounts account) {
        return new WebClient(deploymentUrl).issueToken(account.username, account.password);
    }

    private static HttpResponse<String> send(WebClient client, String method, String path, JsonObject json, String token) {
        HttpRequest.Builder request = client.request(path).header("Authorization", "Bearer " + token);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json.toString()));
        }
        return client.send(request);
    }

    private static List<JsonValue> meetingsOf(WebClient client, String code) {
        return WebClient.json(client.get("api/v1/cohorts/" + code)).asJsonObject().getJsonArray("meetings");
    }

    private static String status(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return WebClient.json(response).asJsonObject().getString("status");
    }

    private static String problemCode(HttpResponse<String> response) {
        return WebClient.problem(response).getString("code");
    }

    private static Map<String, String> fieldErrors(HttpResponse<String> response) {
        assertEquals(422, response.statusCode(), response.body());
        return WebClient.problem(response).getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("code"), (a, b) -> a));
    }

    private static String detailOf(HttpResponse<String> response, String field) {
        return WebClient.problem(response).getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("field").equals(field)).findFirst().orElseThrow().getString("detail");
    }

    private static Set<String> codes(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return WebClient.json(response).asJsonObject().getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("code")).collect(Collectors.toSet());
    }
}
