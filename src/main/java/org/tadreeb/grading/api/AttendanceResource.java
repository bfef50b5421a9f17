package org.tadreeb.grading.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tadreeb.grading.AttendanceMark;
import org.tadreeb.grading.AttendanceService;
import org.tadreeb.grading.AttendanceSheet;
import org.tadreeb.grading.GradingAccess;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.cohort.CohortCode;

/**
 * One meeting's attendance: read by the cohort's instructors and by administrators, recorded by the instructors,
 * all lines at once. Another instructor's cohort answers 403; a meeting of another cohort 404.
 */
@Path("cohorts/{code}/meetings/{id}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Attendance", description = "Attendance per meeting, taken by the cohort's instructors")
public class AttendanceResource {

    @Inject
    AttendanceService attendance;

    /** Asked before the body is read, so that a cohort the caller does not teach answers 403 whatever the body. */
    @Inject
    GradingAccess access;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({"INSTRUCTOR", "ADMINISTRATOR"})
    @Operation(summary = "A meeting's roster with each trainee's mark and note (the cohort's instructors, administrators)",
            description = "A trainee with no mark yet has \"mark\": null. \"open\" says whether attendance can be taken "
                    + "(the meeting is held and has started); \"taken\" whether any mark is recorded.")
    @APIResponse(responseCode = "200", description = "The meeting's attendance")
    @APIResponse(responseCode = "403", description = "The caller does not teach the cohort and is not an administrator")
    @APIResponse(responseCode = "404", description = "No such cohort, or no such meeting in it")
    public JsonObject read(@PathParam("code") CohortCode code, @PathParam("id") long id) {
        return json(attendance.sheet(caller(), code.value(), id)).build();
    }

    @PUT
    @RolesAllowed("INSTRUCTOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a meeting's attendance (the cohort's instructors)",
            description = "Body: [{\"serviceNumber\", \"mark\": PRESENT | LATE | ABSENT | EXCUSED, \"note\"}]. All lines "
                    + "or none: a trainee not in the cohort, a missing or unknown mark or an excused absence without a "
                    + "note refuses the whole request (422, errors naming each trainee). A cancelled meeting or one "
                    + "that has not started takes no attendance. Answers the meeting's attendance and how many marks "
                    + "\"changed\"; lines equal to what is recorded change nothing.")
    @APIResponse(responseCode = "200", description = "The meeting's attendance after recording")
    @APIResponse(responseCode = "403", description = "The caller does not teach the cohort")
    @APIResponse(responseCode = "404", description = "No such cohort, or no such meeting in it")
    @APIResponse(responseCode = "422", description = "A line is wrong (nothing was saved), or the meeting takes no attendance")
    public JsonObject record(@PathParam("code") CohortCode code, @PathParam("id") long id, String body) {
        access.forRecording(caller(), code.value());
        int changed = attendance.record(caller(), code.value(), id, entries(body));
        return json(attendance.sheet(caller(), code.value(), id)).add("changed", changed).build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }

    private static JsonObjectBuilder json(AttendanceSheet sheet) {
        JsonArrayBuilder trainees = Json.createArrayBuilder();
        for (AttendanceSheet.Line line : sheet.lines()) {
            JsonObjectBuilder trainee = Json.createObjectBuilder()
                    .add("serviceNumber", line.serviceNumber())
                    .add("nameArabic", line.nameArabic())
                    .add("nameLatin", line.nameLatin());
            if (line.mark() == null) {
                trainee.addNull("mark");
            } else {
                trainee.add("mark", line.mark().name())
                        .add("recordedBy", line.recordedBy())
                        .add("recordedAt", line.recordedAt().toString());
            }
            if (line.note() != null) {
                trainee.add("note", line.note());
            }
            trainees.add(trainee);
        }
        return Json.createObjectBuilder()
                .add("cohort", sheet.cohortCode())
                .add("meeting", Json.createObjectBuilder()
                        .add("id", sheet.meeting().id())
                        .add("startsAt", sheet.meeting().startsAt().toString())
                        .add("endsAt", sheet.meeting().endsAt().toString())
                        .add("cancelled", sheet.meeting().cancelled()))
                .add("open", sheet.open())
                .add("taken", sheet.taken())
                .add("trainees", trainees);
    }

    /** The body's lines; members of the wrong type or an unknown mark are reported, not guessed. */
    private static List<AttendanceService.Entry> entries(String body) {
        JsonArray lines;
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            lines = reader.readArray();
        } catch (JsonException | IllegalStateException malformed) {
            throw new BadRequestException(malformed);
        }
        List<FieldError> errors = new ArrayList<>();
        List<AttendanceService.Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String field = "[" + i + "]";
            if (!(lines.get(i) instanceof JsonObject line)) {
                errors.add(new FieldError(field, "input.error.notObject"));
                continue;
            }
            String number = text(line, "serviceNumber", field, errors);
            String markText = text(line, "mark", field, errors);
            String note = text(line, "note", field, errors);
            AttendanceMark mark = null;
            if (markText != null && !markText.isBlank()) {
                try {
                    mark = AttendanceMark.valueOf(markText.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    errors.add(new FieldError(number == null ? field : number, "attendance.error.unknownMark", markText));
                }
            }
            entries.add(new AttendanceService.Entry(number, mark, note));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return entries;
    }

    private static String text(JsonObject line, String member, String field, List<FieldError> errors) {
        JsonValue value = line.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        errors.add(new FieldError(field + "." + member, "input.error.notText"));
        return null;
    }
}
