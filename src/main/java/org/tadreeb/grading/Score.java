package org.tadreeb.grading;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.tadreeb.course.AssessmentComponent;
import org.tadreeb.enrolment.Enrolment;

/** One trainee's score in one assessment component of their cohort's course (one row per enrolment and component). */
@Entity
@Table(name = "score")
public class Score {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolment_id", nullable = false)
    private Enrolment enrolment;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "component_id", nullable = false)
    private AssessmentComponent component;

    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal points;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Score() {
    }

    public Score(Enrolment enrolment, AssessmentComponent component, BigDecimal points, String by, Instant at) {
        this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
        this.component = Objects.requireNonNull(component, "component");
        record(points, by, at);
    }

    /**
     * Records the points (0 to the component's maximum, at most two decimals: {@link ResultRule#checkPoints});
     * answers whether they changed.
     */
    public boolean record(BigDecimal newPoints, String by, Instant at) {
        BigDecimal checked = ResultRule.checkPoints(newPoints, component.getMaxScore());
        if (points != null && points.compareTo(checked) == 0) {
            return false;
        }
        this.points = checked;
        this.recordedBy = by;
        this.recordedAt = at.truncatedTo(ChronoUnit.SECONDS);
        return true;
    }

    public Long getId() {
        return id;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public AssessmentComponent getComponent() {
        return component;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
