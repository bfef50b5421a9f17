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
import java.time.LocalDateTime;
import java.util.Locale;

/** One dated time slot of a cohort, on which attendance is taken. Times are the centre's local time. */
@Entity
@Table(name = "meeting")
public class Meeting {

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

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(Cohort cohort, LocalDateTime startsAt, LocalDateTime endsAt, String topicArabic, String topicEnglish) {
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A meeting must end after it starts");
        }
        this.cohort = cohort;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.topicArabic = topicArabic;
        this.topicEnglish = topicEnglish;
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
}
