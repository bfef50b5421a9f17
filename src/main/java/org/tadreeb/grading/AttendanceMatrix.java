package org.tadreeb.grading;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.course.ExcusedAbsences;

/**
 * A cohort's attendance as a table: a column per meeting held (cancelled ones left out), a line per trainee on the
 * roster with their mark at each (null where none is recorded), their tally and their rate by the course's rule.
 */
public record AttendanceMatrix(String cohortCode, String courseTitleArabic, String courseTitleEnglish,
                               CohortStatus status, int minimumAttendance, ExcusedAbsences excusedAbsences,
                               List<Column> meetings, List<Line> lines) implements Serializable {

    /** A meeting held; {@code started} says whether attendance could be taken yet. */
    public record Column(long id, LocalDateTime startsAt, LocalDateTime endsAt, boolean started) implements Serializable {
    }

    /** A trainee's marks in meeting order, their tally and rate (percent, two decimals; null while nothing counts). */
    public record Line(String serviceNumber, String nameArabic, String nameLatin, List<AttendanceMark> marks,
                       AttendanceTally tally, BigDecimal rate) implements Serializable {

        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? nameArabic : nameLatin;
        }
    }

    public String courseTitle(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
    }
}
