package org.tadreeb.people.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.platform.api.Problems;
import org.tadreeb.people.signin.ApiTokenService;
import org.tadreeb.people.signin.SignInService;

/** Bearer tokens: exchange a user name and password for a token, and revoke the token in use. */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    SignInService signInService;

    @Inject
    ApiTokenService tokens;

    @Inject
    Problems problems;

    @Context
    HttpServletRequest request;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in and receive a bearer token",
            description = "Body {\"username\", \"password\"}. Failed attempts count toward the account's lock.")
    public Response issue(JsonObject credentials) {
        if (credentials == null
                || !(credentials.get("username") instanceof jakarta.json.JsonString username)
                || !(credentials.get("password") instanceof jakarta.json.JsonString password)
                || username.getString().isBlank() || password.getString().isEmpty()) {
            return problems.response(request, 400, "api.error.credentialsRequired");
        }
        return signInService.signIn(username.getString(), password.getString().toCharArray())
                .map(caller -> {
                    ApiTokenService.IssuedToken issued = tokens.issue(caller.username());
                    return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder()
                            .add("token", issued.token())
                            .add("tokenType", "Bearer")
                            .add("expiresAt", issued.expiresAt().toString())
                            .build()).build();
                })
                .orElseGet(() -> problems.response(request, 401, "signIn.error.failed"));
    }

    @DELETE
    @Path("current")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Revoke the bearer token this request carries")
    public Response revokeCurrent(@HeaderParam("Authorization") String authorization) {
        tokens.revoke(authorization.substring("Bearer ".length()).strip());
        return Response.noContent().build();
    }
}
