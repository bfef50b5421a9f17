package org.tadreeb.course;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A cohort of a course that has not started yet, as the public course page shows it: dates, venue and the
 * governorate it is in (none for a remote cohort), seats, schedule, and whether it takes enrolment requests today
 * (open, inside its window).
 */
public record UpcomingCohort(String code, LocalDate startsOn, LocalDate endsOn, String venueArabic,
                             String venueEnglish, int seatLimit, long enrolled, List<Slot> meetings,
                             String venueCode, String governorateCode, String governorateArabic,
                             String governorateEnglish, boolean acceptingRequests, LocalDate enrolmentOpensOn)
        implements Serializable {

    /** One meeting's time, in the centre's local time. */
    public record Slot(LocalDateTime startsAt, LocalDateTime endsAt) implements Serializable {
    }

    /** A cohort whose venue's code and governorate are not known. */
    public UpcomingCohort(String code, LocalDate startsOn, LocalDate endsOn, String venueArabic, String venueEnglish,
                          int seatLimit, long enrolled, List<Slot> meetings) {
        this(code, startsOn, endsOn, venueArabic, venueEnglish, seatLimit, enrolled, meetings, null, null, null, null,
                false, null);
    }

    public boolean full() {
        return enrolled >= seatLimit;
    }

    /** Enrolment will open later (the cohort is open, or about to be, and its window starts in the future). */
    public boolean opensLater(LocalDate today) {
        return !acceptingRequests && enrolmentOpensOn != null && today.isBefore(enrolmentOpensOn);
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
