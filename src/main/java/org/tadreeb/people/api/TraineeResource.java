package org.tadreeb.people.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.people.PeopleAccess;
import org.tadreeb.people.Person;
import org.tadreeb.people.PersonDirectory;
import org.tadreeb.people.PersonSearch;
import org.tadreeb.people.PersonService;
import org.tadreeb.people.ReferenceData;

/** Trainees (and every other person) by service number; searching, registering and changing them. */
@Path("trainees")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class TraineeResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    PersonDirectory directory;

    @Inject
    PersonService people;

    @Inject
    PeopleAccess access;

    @Inject
    ReferenceData referenceData;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({"ADMINISTRATOR", "COORDINATOR"})
    @Transactional
    @Operation(summary = "Search people by any name (Arabic or Latin, letter variants folded), number, organisation "
            + "or governorate; paged. Coordinators see their own organisation only.")
    public JsonObject search(@QueryParam("q") String text, @QueryParam("organisation") String organisationCode,
                             @QueryParam("governorate") String governorateCode,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("50") int size) {
        int pageSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        int pageNumber = Math.max(page, 0);
        Long organisationId = organisationCode == null ? null
                : referenceData.organisation(organisationCode).map(o -> o.getId()).orElse(-1L);
        PersonSearch search = access.limit(caller(), new PersonSearch(text, organisationId, governorateCode, false, null));
        PersonDirectory.Page found = directory.search(search, pageNumber * pageSize, pageSize);
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.people().forEach(person -> items.add(PersonJson.of(person)));
        return Json.createObjectBuilder()
                .add("total", found.total())
                .add("page", pageNumber)
                .add("size", pageSize)
                .add("items", items)
                .build();
    }

    @GET
    @Path("{number}")
    @RolesAllowed({"ADMINISTRATOR", "COORDINATOR", "TRAINEE", "INSTRUCTOR"})
    @Transactional
    @Operation(summary = "One person by service number: administrators see anyone, coordinators their "
            + "organisation's people, everyone else only themselves")
    public JsonObject one(@PathParam("number") String number) {
        Person person = directory.getByNumber(number);
        access.checkCanSee(caller(), person);
        return PersonJson.of(person);
    }

    @POST
    @RolesAllowed("ADMINISTRATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a person; 422 with per-field errors when the details break a rule")
    public Response register(JsonObject body) {
        Person person = people.register(PersonJson.details(body, null));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(person.getServiceNumber()).build())
                .entity(PersonJson.of(person)).build();
    }

    @PUT
    @Path("{number}")
    @RolesAllowed("ADMINISTRATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a person's record (everything but the service number)")
    public JsonObject update(@PathParam("number") String number, JsonObject body) {
        return PersonJson.of(people.update(number, PersonJson.details(body, number)));
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
