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
import org.tadreeb.enrolment.PartnerTraining;

/** A partner coordinator's view of training: their own organisation's people only. */
@Path("partner")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
@SecurityRequirement(name = "bearer")
public class PartnerEnrolmentsResource {

    @Inject
    PartnerTraining partners;

    @Context
    SecurityContext security;

    @GET
    @Path("enrolments")
    @Operation(summary = "The enrolments of the coordinator's organisation's people in cohorts ended within the last "
            + "year or not yet ended, with status, waiting-list place and reason")
    public JsonArray enrolments() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        partners.trainingOf(security.getUserPrincipal().getName()).forEach(e -> list.add(e.toJson()));
        return list.build();
    }

    @GET
    @Path("cohorts")
    @Operation(summary = "Open cohorts that take nominations and have not started, soonest first")
    public JsonArray cohorts() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        partners.cohortsOpenToNominations().forEach(c -> list.add(c.toJson()));
        return list.build();
    }
}
