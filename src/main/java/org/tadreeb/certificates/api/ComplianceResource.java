package org.tadreeb.certificates.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.certificates.ComplianceFilter;
import org.tadreeb.certificates.ComplianceReport;
import org.tadreeb.certificates.ComplianceRow;

/** The compliance view for administrators: holders whose latest certificate of a course has expired or expires soon. */
@Path("certificates/compliance")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed("ADMINISTRATOR")
public class ComplianceResource {

    static final int MAX_SIZE = 100;

    @Inject
    ComplianceReport report;

    @GET
    @Operation(summary = "Holders of certificates expired or expiring within withinDays days (default 60, 0..3650), "
            + "filtered by course, organisation and governorate codes, soonest expiry first, paged (size at most 100) "
            + "with total; 422 for a withinDays out of range")
    public JsonObject list(@QueryParam("withinDays") String withinDays, @QueryParam("course") String course,
                           @QueryParam("organisation") String organisation, @QueryParam("governorate") String governorate,
                           @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("25") int size) {
        int pageSize = Math.min(Math.max(size, 1), MAX_SIZE);
        ComplianceReport.Page found = report.search(ComplianceFilter.fromQuery(withinDays, course, organisation, governorate),
                Math.max(page, 0) * pageSize, pageSize);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (ComplianceRow row : found.rows()) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("number", row.number())
                    .add("serviceNumber", row.serviceNumber())
                    .add("nameArabic", row.nameArabic())
                    .add("nameLatin", row.nameLatin())
                    .add("course", row.courseCode())
                    .add("issuedOn", row.issuedOn().toString())
                    .add("expiresOn", row.expiresOn().toString())
                    .add("expired", row.expiredOn(found.today()))
                    .add("daysLeft", row.daysLeftOn(found.today()));
            if (row.organisationCode() != null) {
                json.add("organisation", row.organisationCode());
            }
            rows.add(json);
        }
        return Json.createObjectBuilder()
                .add("total", found.total())
                .add("page", Math.max(page, 0))
                .add("size", pageSize)
                .add("rows", rows)
                .build();
    }
}
