package org.tadreeb.course;

/**
 * How a course counts a meeting a trainee missed with an excuse when it works out their attendance rate: left out
 * of the count altogether (the default), counted as attended, or counted as missed.
 */
public enum ExcusedAbsences {
    LEFT_OUT,
    AS_ATTENDED,
    AS_MISSED;

    public String messageKey() {
        return "course.excusedAbsences." + name();
    }
}
