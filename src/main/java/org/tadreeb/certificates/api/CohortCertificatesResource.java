package org.tadreeb.certificates.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.certificates.CertificateService;
import org.tadreeb.certificates.CohortCertificates;
import org.tadreeb.cohort.CohortCode;

/** A cohort's certificates (administrators): the passed trainees with theirs, and issuing all that are missing. */
@Path("cohorts/{code}/certificates")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed("ADMINISTRATOR")
public class CohortCertificatesResource {

    @Inject
    CohortCertificates bulk;

    @Inject
    CertificateService certificates;

    @Context
    SecurityContext security;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Issue the certificates of every passed trainee that has none; safe to repeat: "
            + "{issued, alreadyIssued, failed}")
    public JsonObject issueAll(@PathParam("code") CohortCode code) {
        CohortCertificates.Summary summary = bulk.issueAll(code.value(), security.getUserPrincipal().getName(),
                CohortCertificates.Progress.NONE);
        return Json.createObjectBuilder()
                .add("issued", summary.issued())
                .add("alreadyIssued", summary.alreadyIssued())
                .add("failed", Json.createArrayBuilder(summary.failures()))
                .build();
    }

    @GET
    @Operation(summary = "The cohort's passed trainees, each with their current certificate's number and status")
    public JsonArray list(@PathParam("code") CohortCode code) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        certificates.ofCohort(code.value()).forEach(row -> {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("serviceNumber", row.serviceNumber())
                    .add("enrolmentStatus", row.enrolmentStatus().name());
            if (row.issued()) {
                json.add("number", row.number()).add("status", row.status().name())
                        .add("issuedOn", row.issuedOn().toString());
            }
            list.add(json);
        });
        return list.build();
    }
}
