package org.tadreeb.certificates.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.certificates.CertificateDocuments;
import org.tadreeb.certificates.CertificateService;
import org.tadreeb.certificates.CertificateSettings;
import org.tadreeb.certificates.CertificateVerification;

/** One certificate: read it, its PDF and its signed credential (holder or administrator); revoke and reissue
 * (administrators); verify it publicly with its code. */
@Path("certificates/{number}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class CertificateResource {

    @Inject
    CertificateService certificates;

    @Inject
    CertificateDocuments documents;

    @Inject
    CertificateVerification verification;

    @Inject
    CertificateSettings settings;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "A certificate (its holder or an administrator): number, status, dates, holder, course, and the verification address")
    public JsonObject read(@PathParam("number") String number) {
        return CertificateJson.of(certificates.viewFor(number, caller(), isAdministrator()), settings).build();
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @Operation(summary = "The certificate as a PDF (its holder or an administrator)")
    public Response pdf(@PathParam("number") String number) {
        return Response.ok(documents.pdf(number, caller(), isAdministrator()))
                .header("Content-Disposition", "attachment; filename=\"" + number + ".pdf\"").build();
    }

    @GET
    @Path("credential")
    @Produces("application/vc+jwt")
    @Operation(summary = "The certificate as an Open Badges 3.0 credential, a compact JWS (EdDSA) checked with /.well-known/jwks.json")
    public String credential(@PathParam("number") String number) {
        return documents.credential(number, caller(), isAdministrator());
    }

    @POST
    @Path("revoke")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed("ADMINISTRATOR")
    @Operation(summary = "Revoke with {\"reason\"}; 409 when already revoked or no reason is given")
    public JsonObject revoke(@PathParam("number") String number, String body) {
        return CertificateJson.of(certificates.revoke(number, CertificateJson.reason(body), caller()), settings).build();
    }

    @POST
    @Path("reissue")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed("ADMINISTRATOR")
    @Operation(summary = "Replace with a new certificate (201); the old one stays revoked with {\"reason\"}")
    public Response reissue(@PathParam("number") String number, String body) {
        return Response.status(Response.Status.CREATED).entity(CertificateJson.of(
                certificates.reissue(number, CertificateJson.reason(body), caller()), settings).build()).build();
    }

    @GET
    @Path("verification")
    @PermitAll
    @Operation(summary = "Anyone: VALID, REVOKED (with revokedOn), EXPIRED or NOT_FOUND, with the holder's name, course "
            + "and dates; a wrong code is NOT_FOUND; too many failed look-ups from one address answer 429 for a while")
    public JsonObject verify(@PathParam("number") String number, @QueryParam("code") String code) {
        return verification.verify(number, code, request.getRemoteAddr()).toJson().build();
    }

    private String caller() {
        return security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
    }

    private boolean isAdministrator() {
        return security.isUserInRole("ADMINISTRATOR");
    }
}
