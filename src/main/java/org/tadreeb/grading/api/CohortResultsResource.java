package org.tadreeb.grading.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.grading.GradebookService;
import org.tadreeb.cohort.CohortCode;

/** Publishing a cohort's results to its trainees, and taking them back. */
@Path("cohorts/{code}/results")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class CohortResultsResource {

    @Inject
    GradebookService gradebooks;

    @Context
    SecurityContext security;

    @POST
    @Path("publish")
    @RolesAllowed("INSTRUCTOR")
    @Operation(summary = "Publish the results to the trainees (the cohort's instructors, while it runs); the "
            + "gradebook after it, with \"changed\" false when they already were published")
    public JsonObject publish(@PathParam("code") CohortCode code) {
        boolean changed = gradebooks.publish(caller(), code.value());
        return GradebookJson.of(gradebooks.read(caller(), code.value())).add("changed", changed).build();
    }

    @POST
    @Path("reopen")
    @RolesAllowed("ADMINISTRATOR")
    @Operation(summary = "Reopen a published gradebook (administrators, while the cohort runs): the trainees no "
            + "longer see the results and the instructors change scores without a reason until they publish again")
    public JsonObject reopen(@PathParam("code") CohortCode code) {
        gradebooks.reopen(caller(), code.value());
        return GradebookJson.of(gradebooks.read(caller(), code.value())).build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
