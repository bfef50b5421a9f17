package org.tadreeb.cohort;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.FieldRules;

/**
 * Meetings on the same weekdays and hours over a range of dates: "Sundays and Tuesdays, 09:00 to 12:00, from
 * 1 to 28 February". The topic, if given, is numbered: "Session 1", "Session 2"...
 */
public record WeeklyPattern(Set<DayOfWeek> days, LocalTime startsAt, LocalTime endsAt, LocalDate from, LocalDate to,
                            String topicArabic, String topicEnglish) {

    /** More meetings than this from one pattern is a mistake in the dates. */
    public static final int MAX_MEETINGS = 200;

    public WeeklyPattern {
        days = days == null || days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    public List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        if (days.isEmpty()) {
            errors.add(new FieldError("patternDays", "meeting.error.noDays"));
        }
        if (startsAt == null) {
            errors.add(new FieldError("patternStarts", "input.error.required"));
        }
        if (endsAt == null) {
            errors.add(new FieldError("patternEnds", "input.error.required"));
        } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
            errors.add(new FieldError("patternEnds", "meeting.error.endsBeforeStart"));
        }
        if (from == null) {
            errors.add(new FieldError("patternFrom", "input.error.required"));
        }
        if (to == null) {
            errors.add(new FieldError("patternTo", "input.error.required"));
        } else if (from != null && to.isBefore(from)) {
            errors.add(new FieldError("patternTo", "cohort.error.endsBeforeStart"));
        }
        FieldRules.maxLength(errors, "patternTopicArabic", topicArabic, Meeting.MAX_TOPIC - 4);
        FieldRules.maxLength(errors, "patternTopicEnglish", topicEnglish, Meeting.MAX_TOPIC - 4);
        if (errors.isEmpty() && meetings().isEmpty()) {
            errors.add(new FieldError("patternDays", "meeting.error.patternEmpty"));
        } else if (errors.isEmpty() && meetings().size() > MAX_MEETINGS) {
            errors.add(new FieldError("patternTo", "meeting.error.patternTooMany", MAX_MEETINGS));
        }
        return errors;
    }

    /** The meetings the pattern makes, in date order; call after {@link #check()} found nothing. */
    public List<MeetingDetails> meetings() {
        List<MeetingDetails> meetings = new ArrayList<>();
        int number = 1;
        for (LocalDate day = from; !day.isAfter(to) && meetings.size() <= MAX_MEETINGS; day = day.plusDays(1)) {
            if (days.contains(day.getDayOfWeek())) {
                meetings.add(new MeetingDetails(day, startsAt, endsAt, numbered(topicArabic, number),
                        numbered(topicEnglish, number)));
                number++;
            }
        }
        return meetings;
    }

    private static String numbered(String topic, int number) {
        return FieldRules.isBlank(topic) ? null : topic.strip() + " " + number;
    }
}
