package org.tadreeb.platform.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;

/** Reading the API's query parameters, with a 422 naming the parameter when one is malformed. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A {@code yyyy-MM-dd} date, or null when the parameter is absent or blank. */
    public static LocalDate date(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            throw new InvalidInputException(List.of(new FieldError(parameter, "input.error.date", text)));
        }
    }
}
