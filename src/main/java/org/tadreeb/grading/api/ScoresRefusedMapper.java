package org.tadreeb.grading.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tadreeb.grading.ScoreProblem;
import org.tadreeb.grading.ScoresRefusedException;
import org.tadreeb.platform.api.Problems;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.LanguageResolver;
import org.tadreeb.platform.i18n.Messages;

/**
 * Refused scores as a 422 problem: {@code detail} names the first trainee and component at fault, and
 * {@code errors} lists every problem with the entry's index, the trainee's number and the component's id.
 */
@Provider
public class ScoresRefusedMapper implements ExceptionMapper<ScoresRefusedException> {

    @Context
    HttpServletRequest request;

    @Inject
    Problems problems;

    @Override
    public Response toResponse(ScoresRefusedException refused) {
        Language language = LanguageResolver.resolve(request);
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (ScoreProblem problem : refused.problems()) {
            JsonObjectBuilder error = Json.createObjectBuilder()
                    .add("field", "scores[" + problem.entry() + "]")
                    .add("serviceNumber", problem.serviceNumber());
            if (problem.componentId() == null) {
                error.addNull("component");
            } else {
                error.add("component", problem.componentId());
            }
            errors.add(error.add("code", problem.messageKey()).add("detail", problem.message(language)));
        }
        String detail = Messages.text(language, "gradebook.error.scoresRefusedFirst", refused.problems().size(),
                refused.problems().get(0).message(language));
        return Response.status(refused.httpStatus())
                .type(Problems.MEDIA_TYPE)
                .header("Content-Language", language.code())
                .entity(Json.createObjectBuilder(problems.body(language, refused.httpStatus(), refused.messageKey(),
                                refused.arguments()))
                        .add("detail", detail)
                        .add("errors", errors).build().toString())
                .build();
    }
}
