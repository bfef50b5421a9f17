package org.tadreeb.grading.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.grading.GradebookService;
import org.tadreeb.grading.ScoreEntry;
import org.tadreeb.cohort.CohortCode;

/** A cohort's gradebook: read by its instructors and administrators, written by its instructors. */
@Path("cohorts/{code}/grades")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class GradesResource {

    @Inject
    GradebookService gradebooks;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({"INSTRUCTOR", "ADMINISTRATOR"})
    @Operation(summary = "The cohort's gradebook (its instructors, administrators): the components, and per trainee "
            + "the scores, attendance counts and rate, weighted total and verdict (PASSED, FAILED, PENDING)")
    public JsonObject read(@PathParam("code") CohortCode code) {
        return GradebookJson.of(gradebooks.read(caller(), code.value())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("INSTRUCTOR")
    @Operation(summary = "Record scores (the cohort's instructors), all or none: {\"reason\", \"scores\": "
            + "[{\"serviceNumber\", \"component\": <component id>, \"points\": 12.5 (null or left out clears it)}]}. "
            + "Unchanged scores change nothing; once the results are published a change needs a reason. Invalid "
            + "scores: 422 whose errors name the trainee and the component, and nothing is saved")
    public JsonObject record(@PathParam("code") CohortCode code, String body) {
        JsonObject request = parse(body);
        JsonValue scores = request.get("scores");
        if (!(scores instanceof jakarta.json.JsonArray list)) {
            throw new BadRequestException();
        }
        List<ScoreEntry> entries = new ArrayList<>();
        for (JsonValue value : list) {
            if (!(value instanceof JsonObject score)) {
                throw new BadRequestException();
            }
            entries.add(new ScoreEntry(text(score.get("serviceNumber")),
                    score.get("component") instanceof JsonNumber id && id.isIntegral() ? id.longValue() : null,
                    text(score.get("points"))));
        }
        int changed = gradebooks.record(caller(), code.value(), entries, text(request.get("reason")));
        return GradebookJson.of(gradebooks.read(caller(), code.value())).add("changed", changed).build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException malformed) {
            throw new BadRequestException(malformed);
        }
    }

    /** A number or a string as typed; null for null or a missing member. */
    private static String text(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().toPlainString();
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return null;
    }
}
