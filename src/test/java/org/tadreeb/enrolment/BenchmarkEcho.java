package org.tadreeb.enrolment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Map;

/**
 * For {@link EnrolmentBenchmark} only: the same request as an enrolment (a JSON body in, a small JSON answer with
 * 201 out) through the same HTTP listener, filters and JAX-RS runtime, but no work at all — once for anyone and
 * once behind the administrator's bearer token. What the stack costs before Tadreeb does anything: the ceiling
 * the enrolment API is measured against.
 */
@Path("benchmark/echo")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class BenchmarkEcho {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    @POST
    @Path("open")
    @PermitAll
    public Response open(String body) {
        return echo(body);
    }

    @POST
    @Path("signed-in")
    @RolesAllowed("ADMINISTRATOR")
    public Response signedIn(String body) {
        return echo(body);
    }

    private static Response echo(String body) {
        JsonObject request;
        try (var reader = READERS.createReader(new StringReader(body))) {
            request = reader.readObject();
        }
        return Response.status(Response.Status.CREATED).entity(BUILDERS.createObjectBuilder()
                .add("serviceNumber", request.getString("serviceNumber", "")).add("status", "ENROLLED").build()).build();
    }
}
