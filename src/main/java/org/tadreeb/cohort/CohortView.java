package org.tadreeb.cohort;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** Everything known about one cohort's plan, for its page and the API: the row, window, instructors and meetings. */
public record CohortView(CohortRow row, LocalDate enrolmentOpensOn, LocalDate enrolmentClosesOn, boolean needsApproval,
                         String cancelReason, Instant cancelledAt, List<InstructorChoice> instructors,
                         List<MeetingView> meetings) implements Serializable {

    /** One meeting; cancelled ones are listed too, marked. */
    public record MeetingView(long id, LocalDateTime startsAt, LocalDateTime endsAt, String topicArabic,
                              String topicEnglish, boolean cancelled) implements Serializable {

        public String topic(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? topicArabic : topicEnglish;
        }
    }

    public String code() {
        return row.code();
    }

    public CohortStatus status() {
        return row.status();
    }

    public boolean editable() {
        return row.status().isLive();
    }

    public long heldMeetings() {
        return meetings.stream().filter(m -> !m.cancelled()).count();
    }

    public static CohortView of(Cohort cohort, long enrolled) {
        return new CohortView(CohortDirectory.row(cohort, enrolled), cohort.getEnrolmentOpensOn(),
                cohort.getEnrolmentClosesOn(), cohort.isNeedsApproval(), cohort.getCancelReason(),
                cohort.getCancelledAt(),
                cohort.getInstructors().stream()
                        .map(a -> new InstructorChoice(a.getUsername(), a.getPerson().getNameArabic(), a.getPerson().getNameLatin()))
                        .sorted(java.util.Comparator.comparing(InstructorChoice::nameLatin)).toList(),
                cohort.getMeetings().stream()
                        .map(m -> new MeetingView(m.getId(), m.getStartsAt(), m.getEndsAt(), m.getTopicArabic(),
                                m.getTopicEnglish(), m.isCancelled())).toList());
    }
}
