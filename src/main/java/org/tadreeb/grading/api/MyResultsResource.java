package org.tadreeb.grading.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.grading.TraineeResults;

@Path("me/results")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("TRAINEE")
@SecurityRequirement(name = "bearer")
public class MyResultsResource {

    @Inject
    TraineeResults results;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The calling trainee's own results, per cohort that has started: attendance at each meeting "
            + "and its rate; once published, the score per component, the weighted total and the verdict")
    public JsonArray myResults() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        results.own(security.getUserPrincipal().getName()).forEach(result -> list.add(GradebookJson.of(result)));
        return list.build();
    }
}
