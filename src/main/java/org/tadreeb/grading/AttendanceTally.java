package org.tadreeb.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.tadreeb.course.ExcusedAbsences;

/** How many of the meetings whose attendance was taken a trainee attended, was late to, missed, or missed with an excuse. */
public record AttendanceTally(int present, int late, int absent, int excused) implements java.io.Serializable {

    public static final AttendanceTally NONE = new AttendanceTally(0, 0, 0, 0);

    public AttendanceTally plus(AttendanceMark mark) {
        return switch (mark) {
            case PRESENT -> new AttendanceTally(present + 1, late, absent, excused);
            case LATE -> new AttendanceTally(present, late + 1, absent, excused);
            case ABSENT -> new AttendanceTally(present, late, absent + 1, excused);
            case EXCUSED -> new AttendanceTally(present, late, absent, excused + 1);
        };
    }

    /** Meetings with a mark for this trainee. */
    public int recorded() {
        return present + late + absent + excused;
    }

    /** Meetings that count as attended: present or late, and excused ones when the course counts them so. */
    public int attended(ExcusedAbsences rule) {
        return present + late + (rule == ExcusedAbsences.AS_ATTENDED ? excused : 0);
    }

    /** Meetings the rate is taken over: all recorded, less the excused ones when the course leaves them out. */
    public int counted(ExcusedAbsences rule) {
        return present + late + absent + (rule == ExcusedAbsences.LEFT_OUT ? 0 : excused);
    }

    /** The attendance rate in percent, two decimals; null when no meeting counts. */
    public BigDecimal rate(ExcusedAbsences rule) {
        int counted = counted(rule);
        if (counted == 0) {
            return null;
        }
        return BigDecimal.valueOf(attended(rule) * 100L).divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP);
    }
}
