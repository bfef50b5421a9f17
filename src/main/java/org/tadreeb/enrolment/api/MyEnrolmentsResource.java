package org.tadreeb.enrolment.api;

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
import org.tadreeb.enrolment.TraineeTraining;

@Path("me/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("TRAINEE")
@SecurityRequirement(name = "bearer")
public class MyEnrolmentsResource {

    @Inject
    TraineeTraining training;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The calling trainee's training, as on My training: each enrolment of a cohort not yet ended "
            + "with its status, the place on the waiting list when waitlisted and the reason when declined")
    public JsonArray myEnrolments() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        training.trainingOf(security.getUserPrincipal().getName()).forEach(e -> list.add(e.toJson()));
        return list.build();
    }
}
