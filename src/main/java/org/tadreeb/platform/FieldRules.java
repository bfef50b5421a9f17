package org.tadreeb.platform;

import java.util.List;

/** The checks every form shares: a text that is required, and one that has a maximum length. */
public final class FieldRules {

    private FieldRules() {
    }

    /** Adds {@code input.error.required} when the text is blank, {@code input.error.tooLong} when it is too long. */
    public static void required(List<FieldError> errors, String field, String value, int maxLength) {
        if (isBlank(value)) {
            errors.add(new FieldError(field, "input.error.required"));
        } else {
            maxLength(errors, field, value, maxLength);
        }
    }

    /** Adds {@code input.error.tooLong} when the text, without surrounding spaces, is longer than allowed. */
    public static void maxLength(List<FieldError> errors, String field, String value, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            errors.add(new FieldError(field, "input.error.tooLong", maxLength));
        }
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
