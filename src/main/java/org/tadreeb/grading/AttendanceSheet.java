package org.tadreeb.grading;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.Meeting;

/**
 * One meeting's attendance as the instructor's page and the API show it: the meeting, whether attendance can be
 * taken (held and started), whether it has been, the meetings before and after it, and a line per trainee.
 */
public record AttendanceSheet(String cohortCode, String courseCode, String courseTitleArabic, String courseTitleEnglish,
                              Slot meeting, boolean open, boolean taken, Long previousMeetingId, Long nextMeetingId,
                              List<Line> lines) implements Serializable {

    /** A meeting of a cohort, as lists show it. */
    public record Slot(long id, String cohortCode, String courseTitleArabic, String courseTitleEnglish,
                       LocalDateTime startsAt, LocalDateTime endsAt, String topicArabic, String topicEnglish,
                       boolean cancelled) implements Serializable {

        public static Slot of(Meeting meeting, Cohort cohort) {
            return new Slot(meeting.getId(), cohort.getCode(), cohort.getCourse().getTitleArabic(),
                    cohort.getCourse().getTitleEnglish(), meeting.getStartsAt(), meeting.getEndsAt(),
                    meeting.getTopicArabic(), meeting.getTopicEnglish(), meeting.isCancelled());
        }

        public String courseTitle(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
        }

        public String topic(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? topicArabic : topicEnglish;
        }

        /** Whether it has started by the given moment (the centre's local time). */
        public boolean startedBy(LocalDateTime now) {
            return !startsAt.isAfter(now);
        }
    }

    /** A trainee on the roster and their mark (null, with the rest, until one is recorded). */
    public record Line(String serviceNumber, String nameArabic, String nameLatin, AttendanceMark mark, String note,
                       String recordedBy, Instant recordedAt) implements Serializable {

        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? nameArabic : nameLatin;
        }
    }

    public String courseTitle(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
    }
}
