package org.tadreeb.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.reporting.CentreOverview;

@Path("admin/overview")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
@SecurityRequirement(name = "bearer")
public class CentreOverviewResource {

    @Inject
    CentreOverview overview;

    @GET
    @Operation(summary = "The administrator home's figures: courses, live cohorts, people, upcoming cohorts")
    public JsonObject overview() {
        return overview.figures().toJson();
    }
}
