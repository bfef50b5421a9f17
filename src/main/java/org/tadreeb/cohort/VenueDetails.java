package org.tadreeb.cohort;

import java.util.ArrayList;
import java.util.List;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.FieldRules;

/** A venue as a form or the API gives it; the governorate by code. */
public record VenueDetails(String code, String nameArabic, String nameEnglish, String governorateCode, Integer capacity) {


    public String normalisedCode() {
        return VenueCode.of(code).value();
    }

    public List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        if (FieldRules.isBlank(code)) {
            errors.add(new FieldError("venueCode", "input.error.required"));
        } else if (!VenueCode.of(code).isWellFormed()) {
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
