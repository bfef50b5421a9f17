package org.tadreeb.people.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tadreeb.people.Gender;
import org.tadreeb.people.Organisation;
import org.tadreeb.people.Person;
import org.tadreeb.people.PersonDetails;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.i18n.Language;

/** A person as the API reads and writes them. Codes refer to the managed lists and organisations. */
final class PersonJson {

    private PersonJson() {
    }

    static JsonObject of(Person person) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("serviceNumber", person.getServiceNumber())
                .add("nameArabic", person.getNameArabic())
                .add("nameLatin", person.getNameLatin())
                .add("preferredLanguage", person.getPreferredLanguage().code())
                .add("active", person.isActive());
        addIfPresent(json, "rank", person.getRank() == null ? null : person.getRank().getCode());
        addIfPresent(json, "organisation", person.getOrganisation() == null ? null : person.getOrganisation().getCode());
        addIfPresent(json, "unit", person.getUnit());
        addIfPresent(json, "governorate", person.getGovernorate() == null ? null : person.getGovernorate().getCode());
        addIfPresent(json, "gender", person.getGender() == null ? null : person.getGender().name());
        addIfPresent(json, "phone", person.getPhone());
        addIfPresent(json, "email", person.getEmail());
        return json.build();
    }

    static JsonObject of(Organisation organisation) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("code", organisation.getCode())
                .add("nameArabic", organisation.getNameArabic())
                .add("nameEnglish", organisation.getNameEnglish())
                .add("type", organisation.getType().name());
        addIfPresent(json, "governorate", organisation.getGovernorate() == null ? null : organisation.getGovernorate().getCode());
        return json.build();
    }

    /** The details a request body gives; fields of the wrong type or value are reported, not guessed. */
    static PersonDetails details(JsonObject body, String serviceNumber) {
        List<FieldError> errors = new ArrayList<>();
        Gender gender = null;
        String genderText = text(body, "gender", errors);
        if (genderText != null && !genderText.isBlank()) {
            try {
                gender = Gender.valueOf(genderText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add(new FieldError("gender", "person.error.unknownGender", genderText));
            }
        }
        Language language = null;
        String languageText = text(body, "preferredLanguage", errors);
        if (languageText != null && !languageText.isBlank()) {
            language = Language.fromCode(languageText).orElse(null);
            if (language == null) {
                errors.add(new FieldError("preferredLanguage", "person.error.unknownLanguage", languageText));
            }
        }
        PersonDetails details = new PersonDetails(
                serviceNumber != null ? serviceNumber : text(body, "serviceNumber", errors),
                text(body, "nameArabic", errors), text(body, "nameLatin", errors), text(body, "rank", errors),
                text(body, "organisation", errors), text(body, "unit", errors), text(body, "governorate", errors),
                gender, text(body, "phone", errors), text(body, "email", errors), language);
        if (!errors.isEmpty()) {
            errors.addAll(details.check());
            throw new InvalidInputException(errors);
        }
        return details;
    }

    /** A text member, or null when it is absent or not text. */
    static String text(JsonObject body, String field) {
        return body.get(field) instanceof JsonString string ? string.getString() : null;
    }

    private static String text(JsonObject body, String field, List<FieldError> errors) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        errors.add(new FieldError(field, "input.error.notText"));
        return null;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
