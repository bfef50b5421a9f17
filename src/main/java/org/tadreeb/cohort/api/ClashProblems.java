package org.tadreeb.cohort.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.util.Set;
import org.tadreeb.cohort.ClashException;
import org.tadreeb.platform.api.Problems;

/**
 * A clash answers 409 like any business error, and names the other cohort in a member of its own,
 * {@code cohort} (with {@code at}, the start of its meeting in the way), so a client need not read the detail.
 */
@Provider
public class ClashProblems implements ExceptionMapper<ClashException> {

    /** The clashes whose arguments are (what is booked, the other cohort's code, its meeting's start). */
    private static final Set<String> WITH_ANOTHER_COHORT = Set.of("cohort.error.roomClash", "cohort.error.instructorClash");

    @Context
    HttpServletRequest request;

    @Inject
    Problems problems;

    @Override
    public Response toResponse(ClashException clash) {
        Response response = problems.of(request, clash);
        Object[] arguments = clash.arguments();
        if (!WITH_ANOTHER_COHORT.contains(clash.messageKey()) || arguments.length < 3) {
            return response;
        }
        JsonObject body = Json.createReader(new StringReader((String) response.getEntity())).readObject();
        JsonObjectBuilder extended = Json.createObjectBuilder(body)
                .add("cohort", String.valueOf(arguments[1]))
                .add("at", String.valueOf(arguments[2]));
        return Response.fromResponse(response).entity(extended.build().toString()).build();
    }
}
