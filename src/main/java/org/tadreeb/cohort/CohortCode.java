package org.tadreeb.cohort;

import java.util.regex.Pattern;
import org.tadreeb.platform.Code;

/** A cohort's code, such as CP101-A: a capital letter, then capitals, digits or hyphens; compared without surrounding spaces, in upper case. */
public record CohortCode(String value) implements Code {

    public static final int MAX_LENGTH = Cohort.MAX_CODE;
    private static final Pattern FORMAT = Code.format(MAX_LENGTH);

    public CohortCode {
        value = Code.normalise(value);
    }

    /** The code as typed, in an address or a form (null: the empty code, which finds nothing). */
    public static CohortCode of(String typed) {
        return new CohortCode(typed);
    }

    /** Whether it may name a new cohort (the format); a code that is not may still be looked up, and finds nothing. */
    public boolean isWellFormed() {
        return FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
