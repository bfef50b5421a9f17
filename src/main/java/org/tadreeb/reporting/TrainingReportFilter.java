package org.tadreeb.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tadreeb.people.OrganisationType;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;

/**
 * What a training report covers: the cohorts that ended between {@code from} and {@code to} (both included), and
 * optionally one course, category, trainee governorate, organisation type or venue. Blank codes mean "any".
 */
public record TrainingReportFilter(LocalDate from, LocalDate to, String course, String category, String governorate,
                                   OrganisationType organisationType, String venue) {

    /** A report may cover at most this many years, so that one request cannot ask for the whole history at once. */
    static final int MAX_YEARS = 10;

    public TrainingReportFilter {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("from", "reports.error.fromRequired"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "reports.error.toRequired"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "reports.error.toBeforeFrom"));
        }
        if (from != null && to != null && from.plusYears(MAX_YEARS).isBefore(to)) {
            errors.add(new FieldError("to", "reports.error.tooLong", MAX_YEARS));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        course = blankToNull(course);
        category = blankToNull(category);
        governorate = blankToNull(governorate);
        venue = blankToNull(venue);
    }

    /** The calendar year to date: the default a report page opens with. */
    public static TrainingReportFilter yearToDate(LocalDate today) {
        return new TrainingReportFilter(today.withDayOfYear(1), today, null, null, null, null, null);
    }

    /**
     * Reads a filter from request parameters named as the API's ({@code from}, {@code to}, {@code course},
     * {@code category}, {@code governorate}, {@code organisationType}, {@code venue}); a missing period defaults to
     * the year to date. Malformed values are refused naming the parameter.
     */
    public static TrainingReportFilter fromParameters(java.util.function.Function<String, String> parameter,
                                                      LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = date(parameter.apply("from"), "from", errors);
        LocalDate to = date(parameter.apply("to"), "to", errors);
        OrganisationType type = null;
        String typeText = blankToNull(parameter.apply("organisationType"));
        if (typeText != null) {
            try {
                type = OrganisationType.valueOf(typeText.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add(new FieldError("organisationType", "reports.error.organisationType", typeText));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (from == null && to == null) {
            from = today.withDayOfYear(1);
            to = today;
        } else if (from == null) {
            from = to.withDayOfYear(1);
        } else if (to == null) {
            to = from.isAfter(today) ? from : today;
        }
        return new TrainingReportFilter(from, to, parameter.apply("course"), parameter.apply("category"),
                parameter.apply("governorate"), type, parameter.apply("venue"));
    }

    /** The filter as a query string ({@code ?from=...}) for links to exports and the API. */
    public String toQuery() {
        StringBuilder query = new StringBuilder("?from=").append(from).append("&to=").append(to);
        append(query, "course", course);
        append(query, "category", category);
        append(query, "governorate", governorate);
        append(query, "organisationType", organisationType == null ? null : organisationType.name());
        append(query, "venue", venue);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException malformed) {
            errors.add(new FieldError(field, "input.error.date", text));
            return null;
        }
    }

    private static String blankToNull(String code) {
        return code == null || code.isBlank() ? null : code.strip();
    }
}
