package org.tadreeb.cohort;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/** A cohort as a list shows it: course, dates, place, seats and status. */
public record CohortRow(String code, String courseCode, String courseTitleArabic, String courseTitleEnglish,
                        LocalDate startsOn, LocalDate endsOn, String venueCode, String venueArabic,
                        String venueEnglish, String governorateCode, String governorateArabic,
                        String governorateEnglish, int seatLimit, long enrolled, CohortStatus status)
        implements Serializable {

    private static boolean arabic(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    public String courseTitle(Locale locale) {
        return arabic(locale) ? courseTitleArabic : courseTitleEnglish;
    }

    public String venue(Locale locale) {
        return arabic(locale) ? venueArabic : venueEnglish;
    }

    public String governorate(Locale locale) {
        return arabic(locale) ? governorateArabic : governorateEnglish;
    }

    public long seatsLeft() {
        return Math.max(0, seatLimit - enrolled);
    }
}
