package org.tadreeb.cohort;

import java.util.stream.Collectors;
import org.tadreeb.people.Account;

/** A cohort's plan as one line of text, for the audit trail's before and after. */
final class CohortSnapshot {

    private CohortSnapshot() {
    }

    static String of(Cohort cohort) {
        return "code=" + cohort.getCode()
                + "; course=" + cohort.getCourse().getCode()
                + "; dates=" + cohort.getStartsOn() + ".." + cohort.getEndsOn()
                + "; venue=" + (cohort.getVenue() == null ? "none" : cohort.getVenue().getCode())
                + "; seats=" + cohort.getSeatLimit()
                + "; enrolment=" + orOpen(cohort.getEnrolmentOpensOn()) + ".." + orOpen(cohort.getEnrolmentClosesOn())
                + "; approval=" + cohort.isNeedsApproval()
                + "; instructors=" + cohort.getInstructors().stream().map(Account::getUsername).sorted()
                        .collect(Collectors.joining(",", "[", "]"))
                + "; status=" + cohort.getStatus();
    }

    static String of(Meeting meeting) {
        return meeting.getStartsAt() + ".." + meeting.getEndsAt().toLocalTime()
                + (meeting.getTopicEnglish() == null ? "" : " " + meeting.getTopicEnglish())
                + (meeting.isCancelled() ? " (cancelled)" : "");
    }

    private static String orOpen(Object day) {
        return day == null ? "open" : day.toString();
    }
}
