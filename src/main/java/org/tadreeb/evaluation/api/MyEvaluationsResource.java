package org.tadreeb.evaluation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.evaluation.EvaluationService;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.i18n.LanguageResolver;

/** The calling trainee's evaluations: the open ones, a form, and answering it once. */
@Path("me/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("TRAINEE")
@SecurityRequirement(name = "bearer")
public class MyEvaluationsResource {

    @Inject
    EvaluationService evaluations;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The caller's evaluations not yet answered, the most recently ended cohort first")
    public JsonArray open() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        evaluations.open(caller()).forEach(open -> list.add(EvaluationJson.of(open, locale())));
        return list.build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's evaluations: its questions (ids, topics, texts) and whether it was "
            + "answered; 404 for an evaluation that is not the caller's")
    public JsonObject form(@PathParam("id") long id) {
        return EvaluationJson.of(evaluations.form(caller(), id), locale());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answers the evaluation: {\"answers\": {\"<question id>\": 1..5, ...}, \"comment\": \"...\"}. "
            + "201 when received; 422 naming each question unanswered or off the scale (field q<id>) or a comment "
            + "too long; 409 when it was answered before (the first answers stand); 404 when it is not the caller's")
    public Response answer(@PathParam("id") long id, JsonObject body) {
        Map<Long, Integer> scores = new HashMap<>();
        List<FieldError> unreadable = new ArrayList<>();
        JsonValue answers = body == null ? null : body.get("answers");
        if (answers instanceof JsonObject given) {
            given.forEach((key, value) -> {
                Long question = questionId(key);
                if (question == null || !(value instanceof JsonNumber number) || !number.isIntegral()) {
                    unreadable.add(new FieldError("q" + key, "evaluation.error.answerOutOfScale", key, 1, 5));
                } else {
                    scores.put(question, number.bigDecimalValue().abs().compareTo(java.math.BigDecimal.TEN) > 0 ? 0 : number.intValue());
                }
            });
        } else if (answers != null && answers != JsonValue.NULL) {
            unreadable.add(new FieldError("answers", "evaluation.error.answersObject"));
        }
        JsonValue comment = body == null ? null : body.get("comment");
        if (comment != null && comment != JsonValue.NULL && !(comment instanceof JsonString)) {
            unreadable.add(new FieldError("comment", "evaluation.error.commentText"));
        }
        if (!unreadable.isEmpty()) {
            throw new InvalidInputException(unreadable);
        }
        evaluations.answer(caller(), id, scores, comment instanceof JsonString text ? text.getString() : null);
        return Response.status(Response.Status.CREATED)
                .entity(Json.createObjectBuilder().add("id", id).add("received", true).build())
                .build();
    }

    private static Long questionId(String key) {
        try {
            return Long.valueOf(key);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }

    private Locale locale() {
        return LanguageResolver.resolve(request).locale();
    }
}
