package org.tadreeb.people.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tadreeb.people.AccountService;

/** Asking for a password reset link: the answer never tells whether an address is known. */
@Path("password-resets")
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @Inject
    AccountService accounts;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a password reset link: body {\"email\"}. Always 202, whether or not the "
            + "address belongs to an account.")
    public Response requestReset(JsonObject body) {
        accounts.requestPasswordReset(body.get("email") instanceof JsonString email ? email.getString() : null);
        return Response.accepted().build();
    }
}
