package org.tadreeb.platform.security.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.people.Account;
import org.tadreeb.people.AccountRepository;
import org.tadreeb.people.Role;

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
    @Transactional
    @Operation(summary = "The signed-in caller's account and roles")
    public JsonObject me() {
        Account account = accounts.getByUsername(security.getUserPrincipal().getName());
        JsonArrayBuilder roles = Json.createArrayBuilder();
        account.getRoles().stream().map(Role::name).sorted().forEach(roles::add);
        return Json.createObjectBuilder()
                .add("username", account.getUsername())
                .add("serviceNumber", account.getPerson().getServiceNumber())
                .add("nameArabic", account.getPerson().getNameArabic())
                .add("nameLatin", account.getPerson().getNameLatin())
                .add("preferredLanguage", account.getPreferredLanguage().code())
                .add("roles", roles)
                .add("home", account.homePath())
                .build();
    }
}
