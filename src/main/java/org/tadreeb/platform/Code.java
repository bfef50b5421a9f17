package org.tadreeb.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A code people type, read and put in addresses — a course's, a cohort's, a venue's: surrounding spaces dropped
 * and upper case, once, so that {@code " cp101-a"} and {@code "CP101-A"} are the same cohort on every path.
 * Implemented by small records in the owning packages ({@code CourseCode}, {@code CohortCode}, {@code VenueCode});
 * each has a static {@code of(String)} that {@code platform.api.CodeParameters} uses for path and query parameters.
 */
public interface Code {

    /** The normalised code, as stored. */
    String value();

    /** Nothing was typed: such a code finds nothing. */
    default boolean isEmpty() {
        return value().isEmpty();
    }

    /** How every code compares: no surrounding spaces, upper case; nothing typed is the empty code. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The format codes share: a capital letter, then capitals, digits or hyphens, {@code 2..maxLength} in all.
     */
    static Pattern format(int maxLength) {
        return Pattern.compile("^[A-Z][A-Z0-9-]{1," + (maxLength - 1) + "}$");
    }
}
