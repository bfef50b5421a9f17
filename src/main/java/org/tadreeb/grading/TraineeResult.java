package org.tadreeb.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.tadreeb.enrolment.EnrolmentStatus;

/**
 * What one trainee sees of one cohort they were graded in: their attendance at each meeting whose attendance was
 * taken, their attendance rate and, once the instructors published the results, their score in each component, the
 * weighted total and the verdict ({@code publishedAt} is null and {@code scores} empty before that).
 */
public record TraineeResult(String cohortCode, String courseCode, String courseTitleArabic, String courseTitleEnglish,
                            LocalDate startsOn, LocalDate endsOn, EnrolmentStatus status, int passMark,
                            int minimumAttendance, BigDecimal attendanceRate, List<MeetingMark> attendance,
                            Instant publishedAt, List<ComponentScore> scores, BigDecimal weightedTotal,
                            ResultRule.Verdict verdict) {

    public TraineeResult {
        attendance = List.copyOf(attendance);
        scores = List.copyOf(scores);
    }

    /** The trainee's mark at one meeting. */
    public record MeetingMark(LocalDateTime startsAt, String topicArabic, String topicEnglish, AttendanceMark mark,
                              String note) {

        public String topic(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? topicArabic : topicEnglish;
        }
    }

    /** The trainee's points in one component (null when not scored). */
    public record ComponentScore(String nameArabic, String nameEnglish, int maxScore, int weight, BigDecimal points) {

        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? nameArabic : nameEnglish;
        }
    }

    public String courseTitle(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }
}
