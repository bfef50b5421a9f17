package org.tadreeb.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.reporting.ReportDimension;
import org.tadreeb.reporting.TrainingReport;
import org.tadreeb.reporting.TrainingReportFilter;
import org.tadreeb.reporting.TrainingReports;

@Path("reports/training")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
@SecurityRequirement(name = "bearer")
public class TrainingReportResource {

    @Inject
    TrainingReports reports;

    @Inject
    CentreClock clock;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Training figures for a period, as on the report page (administrators)",
            description = "Query: from, to (yyyy-MM-dd; default the year to date; cohorts count in the period they "
                    + "end in), optional filters course, category, governorate (the trainee's), organisationType "
                    + "(POLICE_UNIT, GOVERNMENT_DEPARTMENT, COMMUNITY_ORGANISATION, INTERNATIONAL_PARTNER), venue (codes), "
                    + "and groupBy: course, governorate, organisationType, gender, comma-separated (default all). "
                    + "The answer has the period, the filter, totals and, per breakdown, its groups with key, Arabic "
                    + "and English label, trainees, enrolments, completed, failed, passRate (percent, null when "
                    + "nobody finished), certificates and hours.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "422", description = "A date, period, organisation type or groupBy that cannot be read")
    public JsonObject training() {
        TrainingReportFilter filter = TrainingReportFilter.fromParameters(uriInfo.getQueryParameters()::getFirst,
                clock.today());
        List<ReportDimension> dimensions = dimensions(uriInfo.getQueryParameters().getFirst("groupBy"));
        TrainingReport report = reports.report(filter, dimensions);
        JsonObjectBuilder breakdowns = Json.createObjectBuilder();
        for (ReportDimension dimension : dimensions) {
            JsonArrayBuilder groups = Json.createArrayBuilder();
            for (TrainingReport.Line line : report.lines(dimension)) {
                JsonObjectBuilder group = line.figures().toJson();
                if (line.key() == null) {
                    group.addNull("key");
                } else {
                    group.add("key", line.key());
                }
                group.add("labelAr", line.label(Language.ARABIC)).add("labelEn", line.label(Language.ENGLISH));
                groups.add(group);
            }
            breakdowns.add(dimension.parameter(), groups);
        }
        JsonObjectBuilder filters = Json.createObjectBuilder();
        addIfPresent(filters, "course", filter.course());
        addIfPresent(filters, "category", filter.category());
        addIfPresent(filters, "governorate", filter.governorate());
        addIfPresent(filters, "organisationType", filter.organisationType() == null ? null : filter.organisationType().name());
        addIfPresent(filters, "venue", filter.venue());
        return Json.createObjectBuilder()
                .add("from", filter.from().toString())
                .add("to", filter.to().toString())
                .add("filter", filters)
                .add("totals", report.totals().toJson())
                .add("breakdowns", breakdowns)
                .build();
    }

    private static List<ReportDimension> dimensions(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return List.of(ReportDimension.values());
        }
        List<ReportDimension> wanted = new ArrayList<>();
        for (String name : groupBy.split(",")) {
            ReportDimension dimension = ReportDimension.fromParameter(name).orElseThrow(() -> new InvalidInputException(
                    List.of(new FieldError("groupBy", "reports.error.groupBy", name.strip()))));
            if (!wanted.contains(dimension)) {
                wanted.add(dimension);
            }
        }
        return wanted;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
