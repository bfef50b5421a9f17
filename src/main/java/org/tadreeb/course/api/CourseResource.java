package org.tadreeb.course.api;

import static org.tadreeb.platform.api.QueryParameters.date;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.course.CatalogueSearch;
import org.tadreeb.course.Course;
import org.tadreeb.course.CourseCatalogue;
import org.tadreeb.course.CourseNotFoundException;
import org.tadreeb.course.CourseService;
import org.tadreeb.course.CourseView;
import org.tadreeb.course.DeliveryMode;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.course.CourseCode;

/** The course catalogue: anyone reads it; administrators create, change, archive and restore courses. */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    static final int MAX_PAGE_SIZE = 100;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    CourseService courses;

    @Inject
    CentreClock clock;

    @Context
    UriInfo uriInfo;

    @GET
    @PermitAll
    @Operation(summary = "Search the public catalogue (no sign-in needed): words in Arabic or English (q), category "
            + "code, deliveryMode (IN_PERSON, REMOTE, BLENDED), and from/to dates (yyyy-MM-dd) between which an "
            + "upcoming cohort starts, and governorate (code, such as CAP): only courses with an upcoming cohort at "
            + "a venue in that governorate (with the dates, the same cohort must match both); paged. Archived courses "
            + "are not listed.")
    public JsonObject search(@QueryParam("q") String text, @QueryParam("category") String category,
                             @QueryParam("deliveryMode") String mode, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("governorate") String governorate,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("20") int size) {
        int pageSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        int pageNumber = Math.max(page, 0);
        CatalogueSearch search = new CatalogueSearch(text, category, mode(mode), date("from", from), date("to", to),
                governorate);
        CourseCatalogue.Page found = catalogue.search(search, clock.today(), pageNumber * pageSize, pageSize);
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.entries().forEach(entry -> items.add(CourseJson.of(entry)));
        return Json.createObjectBuilder()
                .add("total", found.total())
                .add("page", pageNumber)
                .add("size", pageSize)
                .add("items", items)
                .build();
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "One course by code (no sign-in needed): details, assessment scheme, prerequisites and "
            + "upcoming cohorts with their venue and its governorate, meetings and seats left")
    public JsonObject one(@PathParam("code") CourseCode code) {
        CourseView course = catalogue.view(code.value()).orElseThrow(() -> new CourseNotFoundException(code.value()));
        return CourseJson.of(course, catalogue.upcomingCohorts(course.code(), clock.today()));
    }

    @POST
    @RolesAllowed("ADMINISTRATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a course with its assessment scheme (components whose weights total 100, and a "
            + "pass mark); 422 with per-field errors when the details break a rule")
    public Response create(JsonObject body) {
        Course course = courses.create(CourseJson.details(body, null));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(course.getCode()).build())
                .entity(CourseJson.of(catalogue.view(course.getCode()).orElseThrow(), null)).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed("ADMINISTRATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a course (everything but its code). The assessment scheme cannot change once a "
            + "cohort of the course is in progress or completed (422, code course.error.schemeLocked)")
    public JsonObject update(@PathParam("code") CourseCode code, JsonObject body) {
        Course course = courses.update(code.value(), CourseJson.details(body, code.value()));
        return CourseJson.of(catalogue.view(course.getCode()).orElseThrow(), null);
    }

    @POST
    @Path("{code}/archive")
    @RolesAllowed("ADMINISTRATOR")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Archive a course: it leaves the catalogue, keeps its history and gets no new cohorts")
    public JsonObject archive(@PathParam("code") CourseCode code) {
        courses.archive(code.value());
        return CourseJson.of(catalogue.view(code.value()).orElseThrow(), null);
    }

    @POST
    @Path("{code}/restore")
    @RolesAllowed("ADMINISTRATOR")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Bring an archived course back into the catalogue")
    public JsonObject restore(@PathParam("code") CourseCode code) {
        courses.restore(code.value());
        return CourseJson.of(catalogue.view(code.value()).orElseThrow(), null);
    }

    private static DeliveryMode mode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DeliveryMode.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(List.of(new FieldError("deliveryMode", "course.error.unknownMode", text)));
        }
    }

}
