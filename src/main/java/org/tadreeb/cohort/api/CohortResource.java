package org.tadreeb.cohort.api;

import static org.tadreeb.platform.api.QueryParameters.date;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortDirectory;
import org.tadreeb.cohort.CohortNotFoundException;
import org.tadreeb.cohort.CohortSearch;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.cohort.Meeting;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.cohort.CohortCode;

/**
 * Cohorts and their meetings: anyone lists and reads them; administrators plan, revise, schedule and move them
 * through their life. Every rule is the services'; this class only reads and writes JSON.
 */
@Path("cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts", description = "Scheduled deliveries of courses: dates, venue, seats, instructors, meetings")
public class CohortResource {

    static final int MAX_PAGE_SIZE = 100;
    private static final String ADMIN = "ADMINISTRATOR";

    @Inject
    CohortDirectory directory;

    @Inject
    CohortService cohorts;

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    @GET
    @PermitAll
    @Operation(summary = "List cohorts (no sign-in needed), soonest first, paged",
            description = "Filters, all optional: course (code), from/to (yyyy-MM-dd: cohorts running on some day "
                    + "between them), governorate (code of the venue's governorate), venue (code), status (PLANNED, "
                    + "OPEN, IN_PROGRESS, COMPLETED, CANCELLED). page starts at 0; size is at most 100. The answer has "
                    + "total, page, size and items (code, course, dates, status, venue with governorate, seatLimit, "
                    + "enrolled, seatsLeft).")
    @APIResponse(responseCode = "200", description = "One page of cohorts and the total")
    @APIResponse(responseCode = "422", description = "A date or status that cannot be read (errors name the parameter)")
    public JsonObject list(@QueryParam("course") String course, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("governorate") String governorate,
                           @QueryParam("venue") String venue, @QueryParam("status") String status,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("20") int size) {
        int pageSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        int pageNumber = Math.max(page, 0);
        CohortSearch search = new CohortSearch(course, date("from", from), date("to", to), governorate, venue, null,
                status(status));
        CohortDirectory.Page found = directory.search(search, pageNumber * pageSize, pageSize);
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.rows().forEach(row -> items.add(CohortJson.of(row)));
        return Json.createObjectBuilder()
                .add("total", found.total())
                .add("page", pageNumber)
                .add("size", pageSize)
                .add("items", items)
                .build();
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "One cohort's plan (no sign-in needed)",
            description = "Course, dates, status, venue with its governorate, seatLimit, enrolled and seatsLeft, "
                    + "enrolment window, needsApproval, instructors' names (and user names, for administrators) "
                    + "and every meeting with its id, start, end, topics and whether it is cancelled.")
    @APIResponse(responseCode = "200", description = "The cohort")
    @APIResponse(responseCode = "404", description = "No cohort has that code")
    public JsonObject one(@PathParam("code") CohortCode code) {
        return view(code.value());
    }

    @POST
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Plan a cohort (administrators)",
            description = "Body: code, course (code), startsOn, endsOn (yyyy-MM-dd), venue (code; leave out only for a "
                    + "remote course), seatLimit (at most the venue's capacity), enrolmentOpensOn, enrolmentClosesOn "
                    + "(optional), needsApproval (true/false), instructors (user names of instructors qualified for "
                    + "the course over the dates). The cohort starts PLANNED, without meetings.")
    @APIResponse(responseCode = "201", description = "Planned; Location is the cohort's address")
    @APIResponse(responseCode = "400", description = "The body is not a JSON object")
    @APIResponse(responseCode = "422", description = "Details that break a rule; errors name each member at fault")
    public Response plan(JsonObject body) {
        Cohort cohort = cohorts.plan(CohortJson.cohort(body, null));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(cohort.getCode()).build())
                .entity(view(cohort.getCode())).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Revise a live cohort's plan (administrators)",
            description = "The same body as planning; the code and course stay. Moving the dates must keep every "
                    + "meeting inside them, the seats cannot drop below the trainees enrolled, and the new venue or "
                    + "instructors must be free at every meeting.")
    @APIResponse(responseCode = "200", description = "The revised cohort")
    @APIResponse(responseCode = "404", description = "No cohort has that code")
    @APIResponse(responseCode = "409", description = "The venue or an instructor is booked by another cohort; "
            + "the problem's cohort member names it")
    @APIResponse(responseCode = "422", description = "Details that break a rule, or the cohort is completed or cancelled")
    public JsonObject revise(@PathParam("code") CohortCode code, JsonObject body) {
        Cohort cohort = cohorts.revise(code.value(), CohortJson.cohort(body, code.value()));
        return view(cohort.getCode());
    }

    @POST
    @Path("{code}/meetings")
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add one meeting (administrators)",
            description = "Body: day (yyyy-MM-dd, inside the cohort's dates), startsAt and endsAt (HH:mm, centre "
                    + "time), topicArabic and topicEnglish (optional).")
    @APIResponse(responseCode = "201", description = "The meeting, with its id")
    @APIResponse(responseCode = "409", description = "The venue or an instructor is booked then by another cohort "
            + "(named in the problem's cohort member), or the cohort already meets then")
    @APIResponse(responseCode = "422", description = "Details that break a rule")
    public Response addMeeting(@PathParam("code") CohortCode code, JsonObject body) {
        Meeting meeting = cohorts.addMeeting(code.value(), CohortJson.meeting(body));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(meeting.getId())).build())
                .entity(CohortJson.of(meeting)).build();
    }

    @POST
    @Path("{code}/meetings/generate")
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add the meetings of a weekly pattern (administrators): all of them or none",
            description = "Body: days (ISO names such as [\"SUNDAY\", \"TUESDAY\"]), startsAt and endsAt (HH:mm), "
                    + "from and to (yyyy-MM-dd), topicArabic and topicEnglish (optional; numbered 1, 2, ...). At most "
                    + "200 meetings.")
    @APIResponse(responseCode = "201", description = "added (how many) and the meetings made")
    @APIResponse(responseCode = "409", description = "One of the meetings clashes; none is added")
    @APIResponse(responseCode = "422", description = "A pattern that breaks a rule")
    public Response generateMeetings(@PathParam("code") CohortCode code, JsonObject body) {
        List<Meeting> added = cohorts.generateMeetings(code.value(), CohortJson.pattern(body));
        JsonArrayBuilder meetings = Json.createArrayBuilder();
        added.forEach(m -> meetings.add(CohortJson.of(m)));
        return Response.status(Response.Status.CREATED)
                .entity(Json.createObjectBuilder().add("added", added.size()).add("meetings", meetings).build())
                .build();
    }

    @PUT
    @Path("{code}/meetings/{id}")
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Move a meeting or change its topics (administrators)",
            description = "The same body as adding one. A cancelled meeting cannot change.")
    @APIResponse(responseCode = "200", description = "The meeting")
    @APIResponse(responseCode = "404", description = "No such cohort or meeting")
    @APIResponse(responseCode = "409", description = "The new time clashes")
    public JsonObject changeMeeting(@PathParam("code") CohortCode code, @PathParam("id") long id, JsonObject body) {
        return CohortJson.of(cohorts.changeMeeting(code.value(), id, CohortJson.meeting(body)));
    }

    @POST
    @Path("{code}/meetings/{id}/cancel")
    @RolesAllowed(ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Cancel one meeting (administrators): it stays on record and books nothing")
    @APIResponse(responseCode = "200", description = "The meeting, cancelled")
    @APIResponse(responseCode = "404", description = "No such cohort or meeting")
    public JsonObject cancelMeeting(@PathParam("code") CohortCode code, @PathParam("id") long id) {
        return CohortJson.of(cohorts.cancelMeeting(code.value(), id));
    }

    @POST
    @Path("{code}/open")
    @RolesAllowed(ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Open a planned cohort for enrolment (administrators); it needs a meeting and must not have ended")
    @APIResponse(responseCode = "200", description = "The cohort, OPEN")
    @APIResponse(responseCode = "422", description = "Not allowed from its status, or a rule is not met")
    public JsonObject open(@PathParam("code") CohortCode code) {
        return view(cohorts.open(code.value()).getCode());
    }

    @POST
    @Path("{code}/close-enrolment")
    @RolesAllowed(ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Take an open cohort back to planned: no new enrolment requests (administrators)")
    @APIResponse(responseCode = "200", description = "The cohort, PLANNED")
    @APIResponse(responseCode = "422", description = "Not allowed from its status")
    public JsonObject closeEnrolment(@PathParam("code") CohortCode code) {
        return view(cohorts.closeEnrolment(code.value()).getCode());
    }

    @POST
    @Path("{code}/start")
    @RolesAllowed(ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Start a cohort from its first day (administrators); it needs a meeting and an instructor")
    @APIResponse(responseCode = "200", description = "The cohort, IN_PROGRESS")
    @APIResponse(responseCode = "422", description = "Not allowed from its status, or a rule is not met")
    public JsonObject start(@PathParam("code") CohortCode code) {
        return view(cohorts.start(code.value()).getCode());
    }

    @POST
    @Path("{code}/complete")
    @RolesAllowed(ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Complete a cohort in progress, after its last meeting (administrators)")
    @APIResponse(responseCode = "200", description = "The cohort, COMPLETED")
    @APIResponse(responseCode = "422", description = "Not allowed from its status, or its last meeting has not ended")
    public JsonObject complete(@PathParam("code") CohortCode code) {
        return view(cohorts.complete(code.value()).getCode());
    }

    @POST
    @Path("{code}/cancel")
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Cancel a cohort (administrators); every trainee holding or awaiting a seat is e-mailed",
            description = "Body: {\"reason\": \"...\"} (required, at most 500 characters; the trainees are told it).")
    @APIResponse(responseCode = "200", description = "The cohort, CANCELLED, with traineesTold")
    @APIResponse(responseCode = "422", description = "No reason, or the cohort is completed or already cancelled")
    public JsonObject cancel(@PathParam("code") CohortCode code, JsonObject body) {
        int told = cohorts.cancel(code.value(), CohortJson.reason(body));
        return Json.createObjectBuilder(view(code.value())).add("traineesTold", told).build();
    }

    private JsonObject view(String code) {
        return CohortJson.of(directory.view(code).orElseThrow(() -> new CohortNotFoundException(code)),
                request.isUserInRole(ADMIN));
    }

    private static CohortStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CohortStatus.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(List.of(new FieldError("status", "cohortApi.error.unknownStatus", text)));
        }
    }

}
