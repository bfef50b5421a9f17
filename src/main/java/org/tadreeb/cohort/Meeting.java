package org.tadreeb.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.tadreeb.platform.BusinessException;

/** One dated time slot of a cohort, on which attendance is taken. Times are the centre's local time. */
@Entity
@Table(name = "meeting")
public class Meeting {

    public static final int MAX_TOPIC = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "topic_ar", length = 200)
    private String topicArabic;

    @Column(name = "topic_en", length = 200)
    private String topicEnglish;

    @Column(nullable = false)
    private boolean cancelled;

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(Cohort cohort, LocalDateTime startsAt, LocalDateTime endsAt, String topicArabic, String topicEnglish) {
        this.cohort = cohort;
        setTimes(startsAt, endsAt);
        setTopics(topicArabic, topicEnglish);
    }

    /** Moves the meeting, inside its cohort's dates; a cancelled meeting stays cancelled. */
    public void reschedule(LocalDateTime newStartsAt, LocalDateTime newEndsAt, String newTopicArabic, String newTopicEnglish) {
        cohort.requireEditable();
        setTimes(newStartsAt, newEndsAt);
        cohort.requireInsideDates(newStartsAt, newEndsAt);
        setTopics(newTopicArabic, newTopicEnglish);
    }

    /** Cancels this meeting only: it stays on record, takes no attendance and books no room or instructor. */
    public void cancel() {
        cohort.requireEditable();
        cancelled = true;
    }

    private void setTimes(LocalDateTime newStartsAt, LocalDateTime newEndsAt) {
        if (newStartsAt == null || newEndsAt == null || !newEndsAt.isAfter(newStartsAt)) {
            throw new BusinessException("meeting.error.endsBeforeStart");
        }
        if (!newStartsAt.toLocalDate().equals(newEndsAt.toLocalDate())) {
            throw new BusinessException("meeting.error.spansDays");
        }
        this.startsAt = newStartsAt;
        this.endsAt = newEndsAt;
    }

    private void setTopics(String newTopicArabic, String newTopicEnglish) {
        this.topicArabic = blankToNull(newTopicArabic);
        this.topicEnglish = blankToNull(newTopicEnglish);
        if ((topicArabic != null && topicArabic.length() > MAX_TOPIC)
                || (topicEnglish != null && topicEnglish.length() > MAX_TOPIC)) {
            throw new BusinessException("input.error.tooLong", MAX_TOPIC);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether the meeting takes place between the two days, both included. */
    public boolean fallsWithin(LocalDate from, LocalDate to) {
        return !startsAt.toLocalDate().isBefore(from) && !endsAt.toLocalDate().isAfter(to);
    }

    public boolean overlaps(LocalDateTime otherStartsAt, LocalDateTime otherEndsAt) {
        return startsAt.isBefore(otherEndsAt) && otherStartsAt.isBefore(endsAt);
    }

    public String topic(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? topicArabic : topicEnglish;
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getTopicArabic() {
        return topicArabic;
    }

    public String getTopicEnglish() {
        return topicEnglish;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
