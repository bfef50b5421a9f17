package org.tadreeb.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.FieldRules;

/** A venue as a form or the API gives it; the governorate by code. */
public record VenueDetails(String code, String nameArabic, String nameEnglish, String governorateCode, Integer capacity) {

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9-]{1," + (Venue.MAX_CODE - 1) + "}$");

    public String normalisedCode() {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    public List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        if (FieldRules.isBlank(code)) {
            errors.add(new FieldError("venueCode", "input.error.required"));
        } else if (!CODE.matcher(normalisedCode()).matches()) {
            errors.add(new FieldError("venueCode", "venue.error.codeFormat", code.strip()));
        }
        FieldRules.required(errors, "venueNameArabic", nameArabic, Venue.MAX_NAME);
        FieldRules.required(errors, "venueNameEnglish", nameEnglish, Venue.MAX_NAME);
        if (FieldRules.isBlank(governorateCode)) {
            errors.add(new FieldError("venueGovernorate", "input.error.required"));
        }
        if (capacity == null) {
            errors.add(new FieldError("venueCapacity", "input.error.required"));
        } else if (capacity < 1 || capacity > Venue.MAX_CAPACITY) {
            errors.add(new FieldError("venueCapacity", "input.error.range", 1, Venue.MAX_CAPACITY));
        }
        return errors;
    }
}
