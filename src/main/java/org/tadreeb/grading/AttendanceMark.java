package org.tadreeb.grading;

/** How a trainee was at one meeting. Late counts as attended; excused counts as the course says. */
public enum AttendanceMark {
    PRESENT,
    LATE,
    ABSENT,
    EXCUSED;

    public String messageKey() {
        return "attendance.mark." + name();
    }
}
