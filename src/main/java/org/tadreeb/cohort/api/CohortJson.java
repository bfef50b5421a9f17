package org.tadreeb.cohort.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tadreeb.cohort.CohortDetails;
import org.tadreeb.cohort.CohortRow;
import org.tadreeb.cohort.CohortView;
import org.tadreeb.cohort.Meeting;
import org.tadreeb.cohort.MeetingDetails;
import org.tadreeb.cohort.VenueDetails;
import org.tadreeb.cohort.VenueService.VenueView;
import org.tadreeb.cohort.WeeklyPattern;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;

/**
 * Cohorts, meetings and venues as the API reads and writes them. Dates are {@code yyyy-MM-dd}, times of day
 * {@code HH:mm} and meeting times {@code yyyy-MM-ddTHH:mm}, all in the centre's local time; the course, venue and
 * instructors are given by code and user name. A member of the wrong type or an unreadable date is reported
 * under the member's own name, and so are the rules of the details checked here before anything is saved.
 */
final class CohortJson {

    /** The form-field names the domain's checks use, as the API's member names. */
    private static final Map<String, String> MEETING_FIELDS = Map.of("meetingDay", "day", "meetingStarts", "startsAt",
            "meetingEnds", "endsAt", "meetingTopicArabic", "topicArabic", "meetingTopicEnglish", "topicEnglish");
    private static final Map<String, String> PATTERN_FIELDS = Map.of("patternDays", "days", "patternStarts", "startsAt",
            "patternEnds", "endsAt", "patternFrom", "from", "patternTo", "to", "patternTopicArabic", "topicArabic",
            "patternTopicEnglish", "topicEnglish");
    private static final Map<String, String> VENUE_FIELDS = Map.of("venueCode", "code", "venueNameArabic", "nameArabic",
            "venueNameEnglish", "nameEnglish", "venueGovernorate", "governorate", "venueCapacity", "capacity");

    private CohortJson() {
    }

    // ---- out -----------------------------------------------------------------------------------------------

    /** A cohort as lists show it. */
    static JsonObject of(CohortRow row) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("code", row.code())
                .add("course", course(row))
                .add("startsOn", row.startsOn().toString())
                .add("endsOn", row.endsOn().toString())
                .add("status", row.status().name());
        json.add("venue", venue(row));
        return json.add("seatLimit", row.seatLimit())
                .add("enrolled", row.enrolled())
                .add("seatsLeft", row.seatsLeft())
                .build();
    }

    /**
     * A cohort's whole plan. Instructors are named; their user names (which revising the plan takes) only for
     * administrators.
     */
    static JsonObject of(CohortView view, boolean withUsernames) {
        JsonObjectBuilder json = Json.createObjectBuilder(of(view.row()));
        addDate(json, "enrolmentOpensOn", view.enrolmentOpensOn());
        addDate(json, "enrolmentClosesOn", view.enrolmentClosesOn());
        json.add("needsApproval", view.needsApproval());
        if (view.cancelReason() != null) {
            json.add("cancelReason", view.cancelReason());
        }
        JsonArrayBuilder instructors = Json.createArrayBuilder();
        view.instructors().forEach(i -> {
            JsonObjectBuilder instructor = Json.createObjectBuilder();
            if (withUsernames) {
                instructor.add("username", i.username());
            }
            instructors.add(instructor.add("nameArabic", i.nameArabic()).add("nameLatin", i.nameLatin()));
        });
        json.add("instructors", instructors);
        JsonArrayBuilder meetings = Json.createArrayBuilder();
        view.meetings().forEach(m -> meetings.add(meeting(m.id(), m.startsAt().toString(), m.endsAt().toString(),
                m.topicArabic(), m.topicEnglish(), m.cancelled())));
        return json.add("meetings", meetings).build();
    }

    static JsonObject of(Meeting meeting) {
        return meeting(meeting.getId(), meeting.getStartsAt().toString(), meeting.getEndsAt().toString(),
                meeting.getTopicArabic(), meeting.getTopicEnglish(), meeting.isCancelled());
    }

    static JsonObject of(VenueView venue) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("code", venue.code())
                .add("nameArabic", venue.nameArabic())
                .add("nameEnglish", venue.nameEnglish());
        if (venue.governorateCode() == null) {
            json.addNull("governorate");
        } else {
            json.add("governorate", governorate(venue.governorateCode(), venue.governorateArabic(), venue.governorateEnglish()));
        }
        return json.add("capacity", venue.capacity())
                .add("active", venue.active())
                .add("liveCohorts", venue.liveCohorts())
                .build();
    }

    private static JsonObject meeting(Long id, String startsAt, String endsAt, String topicArabic, String topicEnglish,
                                      boolean cancelled) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", id).add("startsAt", startsAt).add("endsAt", endsAt);
        addText(json, "topicArabic", topicArabic);
        addText(json, "topicEnglish", topicEnglish);
        return json.add("cancelled", cancelled).build();
    }

    private static JsonObject course(CohortRow row) {
        return Json.createObjectBuilder().add("code", row.courseCode()).add("titleArabic", row.courseTitleArabic())
                .add("titleEnglish", row.courseTitleEnglish()).build();
    }

    private static JsonValue venue(CohortRow row) {
        if (row.venueCode() == null) {
            return JsonValue.NULL;
        }
        JsonObjectBuilder venue = Json.createObjectBuilder().add("code", row.venueCode())
                .add("nameArabic", row.venueArabic()).add("nameEnglish", row.venueEnglish());
        if (row.governorateCode() == null) {
            venue.addNull("governorate");
        } else {
            venue.add("governorate", governorate(row.governorateCode(), row.governorateArabic(), row.governorateEnglish()));
        }
        return venue.build();
    }

    private static JsonObject governorate(String code, String arabic, String english) {
        return Json.createObjectBuilder().add("code", code).add("nameArabic", arabic).add("nameEnglish", english).build();
    }

    private static void addDate(JsonObjectBuilder json, String name, LocalDate date) {
        if (date == null) {
            json.addNull(name);
        } else {
            json.add(name, date.toString());
        }
    }

    private static void addText(JsonObjectBuilder json, String name, String text) {
        if (text == null) {
            json.addNull(name);
        } else {
            json.add(name, text);
        }
    }

    // ---- in ------------------------------------------------------------------------------------------------

    /** A cohort's plan; {@code code} is the path's on a revision (the body's is ignored then). */
    static CohortDetails cohort(JsonObject body, String code) {
        Reader in = new Reader(body);
        CohortDetails details = new CohortDetails(code != null ? code : in.text("code"), in.text("course"),
                in.date("startsOn"), in.date("endsOn"), in.text("venue"), in.number("seatLimit"),
                in.date("enrolmentOpensOn"), in.date("enrolmentClosesOn"), in.flag("needsApproval"),
                in.texts("instructors"));
        in.finish(code == null ? details.check() : details.check().stream()
                .filter(e -> !e.field().equals("code") && !e.field().equals("course")).toList(), Map.of());
        return details;
    }

    static MeetingDetails meeting(JsonObject body) {
        Reader in = new Reader(body);
        MeetingDetails details = new MeetingDetails(in.date("day"), in.time("startsAt"), in.time("endsAt"),
                in.text("topicArabic"), in.text("topicEnglish"));
        in.finish(details.check(), MEETING_FIELDS);
        return details;
    }

    static WeeklyPattern pattern(JsonObject body) {
        Reader in = new Reader(body);
        WeeklyPattern pattern = new WeeklyPattern(in.days("days"), in.time("startsAt"), in.time("endsAt"),
                in.date("from"), in.date("to"), in.text("topicArabic"), in.text("topicEnglish"));
        in.finish(pattern.check(), PATTERN_FIELDS);
        return pattern;
    }

    static VenueDetails venue(JsonObject body, String code) {
        Reader in = new Reader(body);
        VenueDetails details = new VenueDetails(code != null ? code : in.text("code"), in.text("nameArabic"),
                in.text("nameEnglish"), in.text("governorate"), in.number("capacity"));
        in.finish(details.check(), VENUE_FIELDS);
        return details;
    }

    /**
     * Runs a venue change, reporting the fields the service finds at fault (a code taken, an unknown governorate, a
     * capacity below a cohort's seats) under the API's member names.
     */
    static <T> T namingVenueFields(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (InvalidInputException invalid) {
            throw new InvalidInputException(invalid.errors().stream()
                    .map(e -> new FieldError(VENUE_FIELDS.getOrDefault(e.field(), e.field()), e.messageKey(), e.arguments()))
                    .toList());
        }
    }

    static String reason(JsonObject body) {
        Reader in = new Reader(body);
        String reason = in.text("reason");
        in.finish(List.of(), Map.of());
        return reason;
    }

    /**
     * Reads members one by one, collecting what is unreadable; {@link #finish} adds the rules the details break
     * (for members that were readable) and throws when anything is wrong.
     */
    private static final class Reader {

        private final JsonObject body;
        private final List<FieldError> errors = new ArrayList<>();

        Reader(JsonObject body) {
            if (body == null) {
                throw new MalformedBodyException();
            }
            this.body = body;
        }

        void finish(List<FieldError> rules, Map<String, String> names) {
            for (FieldError rule : rules) {
                String field = names.getOrDefault(rule.field(), rule.field());
                if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                    errors.add(new FieldError(field, rule.messageKey(), rule.arguments()));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }

        private JsonValue value(String field) {
            JsonValue value = body.get(field);
            return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
        }

        String text(String field) {
            JsonValue value = value(field);
            if (value == null) {
                return null;
            }
            if (value instanceof JsonString string) {
                return string.getString();
            }
            errors.add(new FieldError(field, "input.error.notText"));
            return null;
        }

        Integer number(String field) {
            JsonValue value = value(field);
            if (value == null) {
                return null;
            }
            if (value instanceof JsonNumber number && number.isIntegral()) {
                try {
                    return number.intValueExact();
                } catch (ArithmeticException tooLarge) {
                    // reported below
                }
            }
            errors.add(new FieldError(field, "input.error.notWholeNumber"));
            return null;
        }

        boolean flag(String field) {
            JsonValue value = value(field);
            if (value == null || value == JsonValue.FALSE) {
                return false;
            }
            if (value == JsonValue.TRUE) {
                return true;
            }
            errors.add(new FieldError(field, "cohortApi.error.notTrueOrFalse"));
            return false;
        }

        LocalDate date(String field) {
            String text = text(field);
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException malformed) {
                errors.add(new FieldError(field, "input.error.date", text));
                return null;
            }
        }

        LocalTime time(String field) {
            String text = text(field);
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalTime.parse(text.strip());
            } catch (DateTimeParseException malformed) {
                errors.add(new FieldError(field, "cohortApi.error.time", text));
                return null;
            }
        }

        List<String> texts(String field) {
            JsonValue value = value(field);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof JsonArray array)) {
                errors.add(new FieldError(field, "input.error.notList"));
                return List.of();
            }
            List<String> texts = new ArrayList<>();
            for (JsonValue item : array) {
                if (item instanceof JsonString string) {
                    texts.add(string.getString());
                } else {
                    errors.add(new FieldError(field, "input.error.notText"));
                    return List.of();
                }
            }
            return texts;
        }

        Set<DayOfWeek> days(String field) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            int before = errors.size();
            for (String day : texts(field)) {
                try {
                    days.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException unknown) {
                    errors.add(new FieldError(field, "cohortApi.error.unknownDay", day));
                    break;
                }
            }
            return errors.size() == before ? days : EnumSet.noneOf(DayOfWeek.class);
        }
    }
}
