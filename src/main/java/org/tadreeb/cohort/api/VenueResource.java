package org.tadreeb.cohort.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tadreeb.cohort.Venue;
import org.tadreeb.cohort.VenueDetails;
import org.tadreeb.cohort.VenueService;
import org.tadreeb.cohort.VenueCode;

/** The training venues: anyone lists them; administrators add and change them. */
@Path("venues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Venues", description = "Training rooms the centre books for cohorts, with governorate and capacity")
public class VenueResource {

    @Inject
    VenueService venues;

    @Context
    UriInfo uriInfo;

    @GET
    @PermitAll
    @Operation(summary = "The venues (no sign-in needed), by governorate then name",
            description = "Active venues only, unless all=true (retired ones too). Each has code, nameArabic, "
                    + "nameEnglish, governorate (code and names), capacity, active and liveCohorts.")
    public JsonObject list(@QueryParam("all") @DefaultValue("false") boolean all) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        venues.list(!all).forEach(v -> items.add(CohortJson.of(v)));
        return Json.createObjectBuilder().add("items", items).build();
    }

    @POST
    @RolesAllowed("ADMINISTRATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a venue (administrators)",
            description = "Body: code (capitals, digits, dashes: CAP-R4), nameArabic, nameEnglish, governorate (code), "
                    + "capacity (1 to 1000).")
    @APIResponse(responseCode = "201", description = "Added; Location is the venue list")
    @APIResponse(responseCode = "422", description = "Details that break a rule; errors name each member at fault")
    public Response add(JsonObject body) {
        VenueDetails details = CohortJson.venue(body, null);
        Venue venue = CohortJson.namingVenueFields(() -> venues.add(details));
        return Response.created(uriInfo.getBaseUriBuilder().path("venues").queryParam("all", true).build())
                .entity(view(venue.getCode())).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed("ADMINISTRATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a venue's names, governorate and capacity (administrators)",
            description = "The same body as adding one; the code stays. The capacity cannot drop below the seats of a "
                    + "live cohort there.")
    @APIResponse(responseCode = "200", description = "The venue")
    @APIResponse(responseCode = "404", description = "No venue has that code")
    @APIResponse(responseCode = "422", description = "Details that break a rule")
    public JsonObject change(@PathParam("code") VenueCode code, JsonObject body) {
        Venue existing = venues.findByCode(code.value()).orElseThrow(NotFoundException::new);
        VenueDetails details = CohortJson.venue(body, existing.getCode());
        CohortJson.namingVenueFields(() -> venues.change(existing.getCode(), details));
        return view(existing.getCode());
    }

    private JsonObject view(String code) {
        return venues.list(false).stream().filter(v -> v.code().equals(code)).findFirst().map(CohortJson::of)
                .orElseThrow(NotFoundException::new);
    }
}
