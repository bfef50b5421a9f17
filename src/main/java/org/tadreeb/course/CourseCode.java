package org.tadreeb.course;

import java.util.regex.Pattern;
import org.tadreeb.platform.Code;

/** A course's code, such as CP101: a capital letter, then capitals, digits or hyphens; compared without surrounding spaces, in upper case. */
public record CourseCode(String value) implements Code {

    public static final int MAX_LENGTH = Course.MAX_CODE;
    private static final Pattern FORMAT = Code.format(MAX_LENGTH);

    public CourseCode {
        value = Code.normalise(value);
    }

    /** The code as typed, in an address or a form (null: the empty code, which finds nothing). */
    public static CourseCode of(String typed) {
        return new CourseCode(typed);
    }

    /** Whether it may name a new course (the format); a code that is not may still be looked up, and finds nothing. */
    public boolean isWellFormed() {
        return FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
