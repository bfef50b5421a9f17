package org.tadreeb.cohort;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/** What a list shows of a cohort: its course, dates, venue, fill and next meeting. */
public record CohortSummary(String code, String courseCode, String courseTitleArabic, String courseTitleEnglish,
                            LocalDate startsOn, LocalDate endsOn, String venueArabic, String venueEnglish,
                            CohortStatus status, int seatLimit, long enrolled, LocalDateTime nextMeeting) {

    public String courseTitle(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
    }

    public String venue(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? venueArabic : venueEnglish;
    }

    public JsonObjectBuilder toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("code", code)
                .add("courseCode", courseCode)
                .add("courseTitleArabic", courseTitleArabic)
                .add("courseTitleEnglish", courseTitleEnglish)
                .add("startsOn", startsOn.toString())
                .add("endsOn", endsOn.toString())
                .add("status", status.name())
                .add("seatLimit", seatLimit)
                .add("enrolled", enrolled);
        if (nextMeeting != null) {
            json.add("nextMeeting", nextMeeting.toString());
        }
        return json;
    }
}
