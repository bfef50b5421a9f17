package org.tadreeb.course.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tadreeb.course.AssessmentScheme;
import org.tadreeb.course.CatalogueEntry;
import org.tadreeb.course.CourseDetails;
import org.tadreeb.course.CourseView;
import org.tadreeb.course.DeliveryMode;
import org.tadreeb.course.ExcusedAbsences;
import org.tadreeb.course.UpcomingCohort;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;

/** A course as the API reads and writes it. The category and prerequisites are codes. */
final class CourseJson {

    private CourseJson() {
    }

    static JsonObject of(CourseView course, List<UpcomingCohort> upcoming) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("code", course.code())
                .add("titleArabic", course.titleArabic())
                .add("titleEnglish", course.titleEnglish());
        addIfPresent(json, "summaryArabic", course.summaryArabic());
        addIfPresent(json, "summaryEnglish", course.summaryEnglish());
        addIfPresent(json, "objectivesArabic", course.objectivesArabic());
        addIfPresent(json, "objectivesEnglish", course.objectivesEnglish());
        addIfPresent(json, "category", course.categoryCode());
        json.add("deliveryMode", course.deliveryMode().name())
                .add("contactHours", course.contactHours())
                .add("minimumAttendance", course.minimumAttendance())
                .add("excusedAbsences", course.excusedAbsences().name());
        if (course.certificateMonths() == null) {
            json.addNull("certificateMonths");
        } else {
            json.add("certificateMonths", course.certificateMonths());
        }
        json.add("defaultSeats", course.defaultSeats())
                .add("passMark", course.scheme().passMark());
        JsonArrayBuilder components = Json.createArrayBuilder();
        course.components().forEach(c -> components.add(Json.createObjectBuilder()
                .add("nameArabic", c.nameArabic()).add("nameEnglish", c.nameEnglish())
                .add("maxScore", c.maxScore()).add("weight", c.weight())));
        json.add("components", components);
        JsonArrayBuilder prerequisites = Json.createArrayBuilder();
        course.prerequisites().forEach(p -> prerequisites.add(p.code()));
        json.add("prerequisites", prerequisites);
        json.add("archived", course.archived());
        if (upcoming != null) {
            JsonArrayBuilder cohorts = Json.createArrayBuilder();
            upcoming.forEach(h -> {
                JsonObjectBuilder cohort = Json.createObjectBuilder()
                        .add("code", h.code())
                        .add("startsOn", h.startsOn().toString())
                        .add("endsOn", h.endsOn().toString())
                        .add("seatLimit", h.seatLimit())
                        .add("seatsLeft", h.seatsLeft())
                        .add("acceptingRequests", h.acceptingRequests());
                addIfPresent(cohort, "venueArabic", h.venueArabic());
                addIfPresent(cohort, "venueEnglish", h.venueEnglish());
                if (h.venueCode() != null) {
                    JsonObjectBuilder venue = Json.createObjectBuilder().add("code", h.venueCode())
                            .add("nameArabic", h.venueArabic()).add("nameEnglish", h.venueEnglish());
                    if (h.governorateCode() != null) {
                        venue.add("governorate", Json.createObjectBuilder().add("code", h.governorateCode())
                                .add("nameArabic", h.governorateArabic()).add("nameEnglish", h.governorateEnglish()));
                    }
                    cohort.add("venue", venue);
                }
                JsonArrayBuilder meetings = Json.createArrayBuilder();
                h.meetings().forEach(m -> meetings.add(Json.createObjectBuilder()
                        .add("startsAt", m.startsAt().toString()).add("endsAt", m.endsAt().toString())));
                cohorts.add(cohort.add("meetings", meetings));
            });
            json.add("upcomingCohorts", cohorts);
        }
        return json.build();
    }

    static JsonObject of(CatalogueEntry entry) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("code", entry.code())
                .add("titleArabic", entry.titleArabic())
                .add("titleEnglish", entry.titleEnglish());
        addIfPresent(json, "summaryArabic", entry.summaryArabic());
        addIfPresent(json, "summaryEnglish", entry.summaryEnglish());
        addIfPresent(json, "categoryArabic", entry.categoryArabic());
        addIfPresent(json, "categoryEnglish", entry.categoryEnglish());
        json.add("deliveryMode", entry.deliveryMode().name())
                .add("contactHours", entry.contactHours())
                .add("upcomingCohorts", entry.upcomingCohorts());
        addIfPresent(json, "nextStart", entry.nextStart() == null ? null : entry.nextStart().toString());
        return json.build();
    }

    /** The details a request body gives; members of the wrong type or value are reported, not guessed. */
    static CourseDetails details(JsonObject body, String code) {
        List<FieldError> errors = new ArrayList<>();
        DeliveryMode mode = null;
        String modeText = text(body, "deliveryMode", errors);
        if (modeText != null && !modeText.isBlank()) {
            try {
                mode = DeliveryMode.valueOf(modeText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add(new FieldError("deliveryMode", "course.error.unknownMode", modeText));
            }
        }
        ExcusedAbsences excused = null;
        String excusedText = text(body, "excusedAbsences", errors);
        if (excusedText != null && !excusedText.isBlank()) {
            try {
                excused = ExcusedAbsences.valueOf(excusedText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add(new FieldError("excusedAbsences", "course.error.unknownExcusedAbsences", excusedText));
            }
        }
        List<AssessmentScheme.Component> components = new ArrayList<>();
        JsonValue list = body.get("components");
        if (list instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof JsonObject component) {
                    String field = "components[" + i + "].";
                    components.add(new AssessmentScheme.Component(text(component, "nameArabic", field, errors),
                            text(component, "nameEnglish", field, errors), number(component, "maxScore", field, errors),
                            number(component, "weight", field, errors)));
                } else {
                    errors.add(new FieldError("components[" + i + "]", "input.error.notObject"));
                }
            }
        } else if (list != null && list.getValueType() != JsonValue.ValueType.NULL) {
            errors.add(new FieldError("components", "input.error.notList"));
        }
        List<String> prerequisites = new ArrayList<>();
        JsonValue required = body.get("prerequisites");
        if (required instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString string) {
                    prerequisites.add(string.getString());
                } else {
                    errors.add(new FieldError("prerequisites", "input.error.notText"));
                }
            }
        } else if (required != null && required.getValueType() != JsonValue.ValueType.NULL) {
            errors.add(new FieldError("prerequisites", "input.error.notList"));
        }
        CourseDetails details = new CourseDetails(code != null ? code : text(body, "code", errors),
                text(body, "titleArabic", errors), text(body, "titleEnglish", errors),
                text(body, "summaryArabic", errors), text(body, "summaryEnglish", errors),
                text(body, "objectivesArabic", errors), text(body, "objectivesEnglish", errors),
                text(body, "category", errors), mode, number(body, "contactHours", "", errors),
                number(body, "minimumAttendance", "", errors), excused, number(body, "certificateMonths", "", errors),
                number(body, "defaultSeats", "", errors),
                new AssessmentScheme(components, number(body, "passMark", "", errors)), prerequisites);
        if (!errors.isEmpty()) {
            errors.addAll(details.check().stream()
                    .filter(e -> errors.stream().noneMatch(known -> known.field().equals(e.field()))).toList());
            throw new InvalidInputException(errors);
        }
        return details;
    }

    private static String text(JsonObject body, String field, List<FieldError> errors) {
        return text(body, field, "", errors);
    }

    private static String text(JsonObject body, String field, String prefix, List<FieldError> errors) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        errors.add(new FieldError(prefix + field, "input.error.notText"));
        return null;
    }

    private static Integer number(JsonObject body, String field, String prefix, List<FieldError> errors) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException tooLarge) {
                // reported below
            }
        }
        errors.add(new FieldError(prefix + field, "input.error.notWholeNumber"));
        return null;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
