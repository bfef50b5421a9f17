package org.tadreeb.enrolment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tadreeb.people.PersonRow;

/**
 * A trainee's whole training record: every enrolment with its course, dates, hours and status. (Attendance
 * rates, published results and certificates join each line as grading and certificates land.)
 */
public record Transcript(PersonRow person, List<Line> lines) implements Serializable {

    public record Line(String cohortCode, String courseCode, String courseTitleArabic, String courseTitleEnglish,
                       LocalDate startsOn, LocalDate endsOn, int contactHours, EnrolmentStatus status)
            implements Serializable {

        public String courseTitle(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
        }
    }

    /** Contact hours of the courses completed. */
    public int completedHours() {
        return lines.stream().filter(line -> line.status() == EnrolmentStatus.COMPLETED)
                .mapToInt(Line::contactHours).sum();
    }
}
