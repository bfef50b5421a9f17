package org.tadreeb.cohort.api;

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
import org.tadreeb.cohort.InstructorTeaching;

@Path("me/teaching")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("INSTRUCTOR")
@SecurityRequirement(name = "bearer")
public class MyTeachingResource {

    @Inject
    InstructorTeaching teaching;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The cohorts the calling instructor teaches, as on their home page")
    public JsonArray myCohorts() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        teaching.cohortsOf(security.getUserPrincipal().getName()).forEach(c -> list.add(c.toJson()));
        return list.build();
    }
}
