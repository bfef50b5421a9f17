package org.tadreeb.cohort;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Locale;

/** One meeting on a calendar: when, which cohort and course, where. */
public record CalendarEntry(long meetingId, String cohortCode, String courseTitleArabic, String courseTitleEnglish,
                            LocalDateTime startsAt, LocalDateTime endsAt, String venueArabic, String venueEnglish,
                            String topicArabic, String topicEnglish, CohortStatus status) implements Serializable {

    private static boolean arabic(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    public String courseTitle(Locale locale) {
        return arabic(locale) ? courseTitleArabic : courseTitleEnglish;
    }

    public String venue(Locale locale) {
        return arabic(locale) ? venueArabic : venueEnglish;
    }

    public String topic(Locale locale) {
        return arabic(locale) ? topicArabic : topicEnglish;
    }
}
