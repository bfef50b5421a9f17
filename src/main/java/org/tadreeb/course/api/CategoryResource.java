package org.tadreeb.course.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.course.Category;
import org.tadreeb.course.CategoryDetails;
import org.tadreeb.course.CategoryService;
import org.tadreeb.course.CategorySummary;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;

/** The catalogue's categories: anyone lists them; administrators add, rename, reorder and delete them. */
@Path("categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    CategoryService categories;

    @Context
    UriInfo uriInfo;

    @GET
    @PermitAll
    @Operation(summary = "The categories in their order (no sign-in needed): code, names in Arabic and English, "
            + "position (1 is first) and the number of courses, archived ones included, that use each")
    public JsonArray list() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        categories.summaries().forEach(category -> list.add(json(category)));
        return list.build();
    }

    @POST
    @RolesAllowed("ADMINISTRATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a category at the end of the order: code (2 to 20 letters, digits or dashes, kept in "
            + "capitals, not taken), nameArabic and nameEnglish (at most 100 characters each); 422 with per-field "
            + "errors when they break a rule")
    public Response add(JsonObject body) {
        List<FieldError> errors = new ArrayList<>();
        CategoryDetails details = new CategoryDetails(text(body, "code", errors), text(body, "nameArabic", errors),
                text(body, "nameEnglish", errors));
        refuseIf(errors, details, true);
        Category category = categories.add(details);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(category.getCode()).build())
                .entity(json(one(category.getCode()))).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed("ADMINISTRATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Rename a category (nameArabic and nameEnglish; the code never changes) and, with an "
            + "optional position (1 is first), move it in the order; 404 for an unknown code")
    public JsonObject change(@PathParam("code") String code, JsonObject body) {
        List<FieldError> errors = new ArrayList<>();
        CategoryDetails details = new CategoryDetails(null, text(body, "nameArabic", errors), text(body, "nameEnglish", errors));
        Integer position = null;
        JsonValue place = body.get("position");
        if (place instanceof JsonNumber number && number.isIntegral()) {
            try {
                position = number.intValueExact();
            } catch (ArithmeticException tooLarge) {
                errors.add(new FieldError("position", "input.error.notWholeNumber"));
            }
        } else if (place != null && place.getValueType() != JsonValue.ValueType.NULL) {
            errors.add(new FieldError("position", "input.error.notWholeNumber"));
        }
        refuseIf(errors, details, false);
        Category category = categories.change(code, details, position);
        return json(one(category.getCode()));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed("ADMINISTRATOR")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a category that no course uses (204); 409 (code category.error.inUse, naming how "
            + "many courses use it) when courses, archived ones included, still use it; 404 for an unknown code")
    public Response delete(@PathParam("code") String code) {
        categories.delete(code);
        return Response.noContent().build();
    }

    private CategorySummary one(String code) {
        return categories.summaries().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static JsonObject json(CategorySummary category) {
        return Json.createObjectBuilder()
                .add("code", category.code())
                .add("nameArabic", category.nameArabic())
                .add("nameEnglish", category.nameEnglish())
                .add("position", category.position())
                .add("courses", category.courses())
                .build();
    }

    /** Members of the wrong type are reported together with what else is wrong with the details. */
    private static void refuseIf(List<FieldError> errors, CategoryDetails details, boolean withCode) {
        if (!errors.isEmpty()) {
            errors.addAll(details.check(withCode).stream()
                    .filter(e -> errors.stream().noneMatch(known -> known.field().equals(e.field()))).toList());
            throw new InvalidInputException(errors);
        }
    }

    private static String text(JsonObject body, String field, List<FieldError> errors) {
        JsonValue value = body == null ? null : body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        errors.add(new FieldError(field, "input.error.notText"));
        return null;
    }
}
