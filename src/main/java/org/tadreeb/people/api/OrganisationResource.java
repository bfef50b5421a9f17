package org.tadreeb.people.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.people.ReferenceData;

/** The organisations people work for, for any signed-in caller (imports and forms refer to them by code). */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class OrganisationResource {

    @Inject
    ReferenceData referenceData;

    @GET
    @Transactional
    @Operation(summary = "All organisations with their codes, names, types and governorates")
    public JsonArray organisations() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        referenceData.organisations().forEach(organisation -> list.add(PersonJson.of(organisation)));
        return list.build();
    }
}
