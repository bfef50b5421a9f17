package org.tadreeb.people.imports.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.people.imports.ColumnMapping;
import org.tadreeb.people.imports.ImportFormat;
import org.tadreeb.people.imports.ImportPreview;
import org.tadreeb.people.imports.ImportRejectedException;
import org.tadreeb.people.imports.ImportResult;
import org.tadreeb.people.imports.Table;
import org.tadreeb.people.imports.TraineeImport;

/** Bulk import of trainees for administrators: the same checks and the same all-or-nothing rule as the page. */
@Path("imports/trainees")
@RolesAllowed("ADMINISTRATOR")
@SecurityRequirement(name = "bearer")
public class TraineeImportResource {

    @Inject
    TraineeImport imports;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import trainees from a CSV or XLSX file: every row, or none",
            description = "The body is the file itself: text/csv (UTF-8 with or without BOM, or Windows-1256; comma, "
                    + "semicolon or tab separated; the charset parameter is ignored, the encoding is detected) or "
                    + ImportFormat.XLSX_MEDIA_TYPE + " (the first sheet). The first non-blank row names the columns in Arabic or English "
                    + "(service number, Arabic name and Latin name are required; rank, organisation, unit, governorate, "
                    + "gender, phone, e-mail, language are optional). People are matched by service number: a known "
                    + "number updates the person, a new one creates a person. If any row has a problem nothing is "
                    + "imported and the answer is 422 with an errors array (row, column, value, code, message).")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ImportFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Imported (or, with dryRun, would import): rows, created, updated")
    @APIResponse(responseCode = "400", description = "Malformed file, no header row or no rows (problem+json)")
    @APIResponse(responseCode = "401", description = "No bearer token")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "413", description = "Larger than tadreeb.import.max-bytes or more rows than tadreeb.import.max-rows")
    @APIResponse(responseCode = "415", description = "Neither CSV nor XLSX, or not what its media type claims")
    @APIResponse(responseCode = "422", description = "Rows have problems; nothing was imported (problem+json with errors)")
    public JsonObject importTrainees(
            InputStream file,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String mediaType,
            @Parameter(description = "Check the file and report what would happen, without importing")
            @QueryParam("dryRun") boolean dryRun,
            @Parameter(description = "Also open a trainee account, with an invitation e-mail, for each new person "
                    + "who has an e-mail address (user name: the number in lower case)")
            @QueryParam("invite") boolean invite) {
        Table table = imports.read(file, null, mediaType);
        ColumnMapping mapping = ColumnMapping.guess(table.headers());
        if (dryRun) {
            ImportPreview preview = imports.preview(table, mapping);
            if (!preview.canImport()) {
                throw new ImportRejectedException(preview);
            }
            return summary(true, preview.rowCount(), preview.toCreate(), preview.toUpdate());
        }
        ImportResult result = imports.importAll(table, mapping, invite);
        return Json.createObjectBuilder(summary(false, result.outcomes().size(), result.created(), result.updated()))
                .add("invited", result.invited())
                .build();
    }

    private static JsonObject summary(boolean dryRun, long rows, long created, long updated) {
        return Json.createObjectBuilder()
                .add("dryRun", dryRun)
                .add("rows", rows)
                .add("created", created)
                .add("updated", updated)
                .build();
    }
}
