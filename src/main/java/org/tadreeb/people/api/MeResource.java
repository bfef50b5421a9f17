package org.tadreeb.people.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.people.AccountRepository;

/** The caller's own account. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class MeResource {

    @Inject
    AccountRepository accounts;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The signed-in caller's account and roles")
    public JsonObject me() {
        return accounts.profileOf(security.getUserPrincipal().getName()).toJson();
    }
}
