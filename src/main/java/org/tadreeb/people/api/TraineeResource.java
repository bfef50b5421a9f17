package org.tadreeb.people.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.people.Account;
import org.tadreeb.people.AccountService;
import org.tadreeb.people.PeopleAccess;
import org.tadreeb.people.Role;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
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

    @Inject
    AccountService accounts;

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

    @POST
    @Path("{number}/account")
    @RolesAllowed("ADMINISTRATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open an account for a registered person: body {\"username\", \"roles\": [...], "
            + "\"coordinatorOf\"}. The person receives an invitation e-mail to choose a password.")
    public Response open(@PathParam("number") String number, JsonObject body) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (body.get("roles") instanceof jakarta.json.JsonArray list) {
            for (JsonValue value : list) {
                try {
                    roles.add(Role.valueOf(((JsonString) value).getString().strip().toUpperCase(Locale.ROOT)));
                } catch (RuntimeException unknown) {
                    throw new InvalidInputException(List.of(new FieldError("roles", "account.error.unknownRole", value.toString())));
                }
            }
        }
        Account account = accounts.open(number, PersonJson.text(body, "username"), roles, PersonJson.text(body, "coordinatorOf"));
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder()
                .add("username", account.getUsername())
                .add("invitationSent", true)
                .build()).build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
