package org.tadreeb.cohort;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.FieldRules;

/** One meeting as a form or the API gives it: a day, start and end times (centre time), an optional topic. */
public record MeetingDetails(LocalDate day, LocalTime startsAt, LocalTime endsAt, String topicArabic,
                             String topicEnglish) {

    public List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        if (day == null) {
            errors.add(new FieldError("meetingDay", "input.error.required"));
        }
        if (startsAt == null) {
            errors.add(new FieldError("meetingStarts", "input.error.required"));
        }
        if (endsAt == null) {
            errors.add(new FieldError("meetingEnds", "input.error.required"));
        } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
            errors.add(new FieldError("meetingEnds", "meeting.error.endsBeforeStart"));
        }
        FieldRules.maxLength(errors, "meetingTopicArabic", topicArabic, Meeting.MAX_TOPIC);
        FieldRules.maxLength(errors, "meetingTopicEnglish", topicEnglish, Meeting.MAX_TOPIC);
        return errors;
    }

    public LocalDateTime start() {
        return day.atTime(startsAt);
    }

    public LocalDateTime end() {
        return day.atTime(endsAt);
    }
}
