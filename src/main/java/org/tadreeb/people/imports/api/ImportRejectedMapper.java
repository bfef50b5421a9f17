package org.tadreeb.people.imports.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tadreeb.people.imports.ImportRejectedException;
import org.tadreeb.people.imports.RowProblem;
import org.tadreeb.platform.api.Problems;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.LanguageResolver;

/** A rejected import as problem+json whose {@code errors} array lists every problem, in the caller's language. */
@Provider
public class ImportRejectedMapper implements ExceptionMapper<ImportRejectedException> {

    @Context
    HttpServletRequest request;

    @Inject
    Problems problems;

    @Override
    public Response toResponse(ImportRejectedException rejected) {
        Language language = LanguageResolver.resolve(request);
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (RowProblem problem : rejected.preview().problems()) {
            errors.add(Json.createObjectBuilder()
                    .add("row", problem.row())
                    .add("column", problem.column().name())
                    .add("value", problem.value())
                    .add("code", problem.messageKey())
                    .add("message", problem.message(language)));
        }
        return Response.status(rejected.httpStatus())
                .type(Problems.MEDIA_TYPE)
                .header("Content-Language", language.code())
                .entity(Json.createObjectBuilder(problems.body(language, rejected.httpStatus(), rejected.messageKey(),
                        rejected.arguments())).add("errors", errors).build().toString())
                .build();
    }
}
