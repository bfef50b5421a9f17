package org.tadreeb.enrolment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.StringReader;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.enrolment.CohortMoves;
import org.tadreeb.enrolment.CohortRoster;
import org.tadreeb.enrolment.EnrolmentDecisions;
import org.tadreeb.enrolment.EnrolmentLookup;
import org.tadreeb.enrolment.EnrolmentOutcome;
import org.tadreeb.enrolment.EnrolmentRefusedException;
import org.tadreeb.enrolment.EnrolmentRequests;
import org.tadreeb.cohort.CohortCode;

/**
 * Trainees in a cohort: a trainee asks for a place or withdraws; an administrator enrols anyone, approves,
 * declines, withdraws and reads the roster. Every answer carries the status and, when waitlisted, the place in
 * line; a refusal is a 409 problem naming the reason.
 */
@Path("cohorts/{code}/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class CohortEnrolmentsResource {

    /** Looked up once, as JsonProvider asks: {@code Json.createReader} looks for the provider on every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    @Inject
    EnrolmentRequests requests;

    @Inject
    EnrolmentDecisions decisions;

    @Inject
    CohortMoves moves;

    @Inject
    EnrolmentLookup lookup;

    @Inject
    CohortRoster roster;

    @Context
    SecurityContext security;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed({"TRAINEE", "ADMINISTRATOR", "COORDINATOR"})
    @Operation(summary = "Ask for a place (a trainee, for themself: 201 enrolled, requested or waitlisted; 200 with "
            + "the same answer when asked again); as an administrator, enrol the trainee named by "
            + "{\"serviceNumber\"} directly; as a partner coordinator, nominate one of their organisation's people "
            + "by {\"serviceNumber\"} (a request the centre approves); 409 with the reason when refused")
    public Response enrol(@PathParam("code") CohortCode code, String body) {
        String serviceNumber = text(parse(body), "serviceNumber");
        EnrolmentOutcome outcome;
        if (serviceNumber != null && security.isUserInRole("ADMINISTRATOR")) {
            outcome = requests.enrolByAdministrator(code.value(), serviceNumber, caller());
        } else if (serviceNumber != null && security.isUserInRole("COORDINATOR")) {
            outcome = requests.nominateByCoordinator(code.value(), serviceNumber, caller());
        } else if (security.isUserInRole("TRAINEE")) {
            outcome = requests.requestForSelf(code.value(), caller());
        } else {
            throw new EnrolmentRefusedException("enrolment.error.noTraineeRecord");
        }
        return Response.status(outcome.changed() ? Response.Status.CREATED : Response.Status.OK)
                .entity(outcome.toJson().build()).build();
    }

    @GET
    @RolesAllowed("ADMINISTRATOR")
    @Operation(summary = "The cohort's roster: enrolled, waiting lists in order (with places), requests, then those who left")
    public JsonArray roster(@PathParam("code") CohortCode code) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        roster.of(code.value()).forEach(entry -> list.add(entry.toJson()));
        return list.build();
    }

    @GET
    @Path("me")
    @RolesAllowed("TRAINEE")
    @Operation(summary = "Where the calling trainee stands in the cohort (404 when they never asked)")
    public Response mine(@PathParam("code") CohortCode code) {
        return lookup.statusOfSelf(code.value(), caller())
                .map(outcome -> Response.ok(outcome.toJson().build()).build())
                .orElse(Response.status(Response.Status.NOT_FOUND).build());
    }

    @DELETE
    @Path("me")
    @RolesAllowed("TRAINEE")
    @Operation(summary = "Withdraw from a cohort that has not started; the seat goes to the next on the waiting list")
    public JsonObject withdrawSelf(@PathParam("code") CohortCode code) {
        return decisions.withdrawSelf(code.value(), caller()).toJson().build();
    }

    @DELETE
    @Path("{serviceNumber}")
    @RolesAllowed("ADMINISTRATOR")
    @Operation(summary = "Withdraw a trainee from the cohort (administrators)")
    public JsonObject withdraw(@PathParam("code") CohortCode code, @PathParam("serviceNumber") String serviceNumber) {
        return decisions.withdrawByAdministrator(code.value(), serviceNumber).toJson().build();
    }

    @POST
    @Path("{serviceNumber}/approve")
    @RolesAllowed("ADMINISTRATOR")
    @Operation(summary = "Approve a request: a seat, or the waiting list when the cohort is full")
    public JsonObject approve(@PathParam("code") CohortCode code, @PathParam("serviceNumber") String serviceNumber) {
        return decisions.approve(code.value(), serviceNumber).toJson().build();
    }

    @POST
    @Path("{serviceNumber}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMINISTRATOR")
    @Operation(summary = "Decline a request or a place on the waiting list, with {\"reason\"} the trainee is told")
    public JsonObject decline(@PathParam("code") CohortCode code, @PathParam("serviceNumber") String serviceNumber,
                              JsonObject body) {
        return decisions.decline(code.value(), serviceNumber, text(body, "reason")).toJson().build();
    }

    @POST
    @Path("{serviceNumber}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMINISTRATOR")
    @Operation(summary = "Move a trainee to another live cohort of the same course, {\"toCohort\": code}, in one "
            + "transaction: refused (409) as a whole when the other cohort refuses; the seat left behind goes to the next in line")
    public JsonObject move(@PathParam("code") CohortCode code, @PathParam("serviceNumber") String serviceNumber,
                           JsonObject body) {
        return moves.move(code.value(), serviceNumber, text(body, "toCohort"), caller()).toJson().build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }

    /** An empty body is allowed (a trainee asking for themself sends nothing). */
    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException malformed) {
            throw new BadRequestException(malformed);
        }
    }

    private static String text(JsonObject body, String field) {
        JsonValue value = body == null ? null : body.get(field);
        return value instanceof JsonString string ? string.getString() : null;
    }
}
