package org.tadreeb.course;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A cohort of a course that has not started yet, as the public course page shows it: dates, venue and the
 * governorate it is in (none for a remote cohort), seats, schedule.
 */
public record UpcomingCohort(String code, LocalDate startsOn, LocalDate endsOn, String venueArabic,
                             String venueEnglish, int seatLimit, long enrolled, List<Slot> meetings,
                             String venueCode, String governorateCode, String governorateArabic,
                             String governorateEnglish)
        implements Serializable {

    /** One meeting's time, in the centre's local time. */
    public record Slot(LocalDateTime startsAt, LocalDateTime endsAt) implements Serializable {
    }

    /** A cohort whose venue's code and governorate are not known. */
    public UpcomingCohort(String code, LocalDate startsOn, LocalDate endsOn, String venueArabic, String venueEnglish,
                          int seatLimit, long enrolled, List<Slot> meetings) {
        this(code, startsOn, endsOn, venueArabic, venueEnglish, seatLimit, enrolled, meetings, null, null, null, null);
    }

    public long seatsLeft() {
        return Math.max(0, seatLimit - enrolled);
    }

    public String venue(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? venueArabic : venueEnglish;
    }

    public String governorate(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? governorateArabic : governorateEnglish;
    }
}
