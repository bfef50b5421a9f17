package org.tadreeb.cohort;

import java.util.regex.Pattern;
import org.tadreeb.platform.Code;

/** A venue's code, such as AMM-HQ: a capital letter, then capitals, digits or hyphens; compared without surrounding spaces, in upper case. */
public record VenueCode(String value) implements Code {

    public static final int MAX_LENGTH = Venue.MAX_CODE;
    private static final Pattern FORMAT = Code.format(MAX_LENGTH);

    public VenueCode {
        value = Code.normalise(value);
    }

    /** The code as typed, in an address or a form (null: the empty code, which finds nothing). */
    public static VenueCode of(String typed) {
        return new VenueCode(typed);
    }

    /** Whether it may name a new venue (the format); a code that is not may still be looked up, and finds nothing. */
    public boolean isWellFormed() {
        return FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
