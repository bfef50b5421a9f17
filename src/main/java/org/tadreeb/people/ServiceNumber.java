package org.tadreeb.people;

import java.util.Locale;
import org.tadreeb.platform.Code;

/**
 * A person's service (or national) number, the key by which imports, rosters and gradebooks find a person:
 * compared with Arabic letter variants and digits folded ({@link NameFolding}), without spaces, in upper case.
 */
public record ServiceNumber(String value) implements Code {

    public ServiceNumber {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A person needs a service number");
        }
        value = NameFolding.fold(value).replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** The number as typed; a blank one is refused ({@link IllegalArgumentException}). */
    public static ServiceNumber of(String typed) {
        return new ServiceNumber(typed);
    }

    @Override
    public String toString() {
        return value;
    }
}
