package org.tadreeb.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.people.Person;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.i18n.MessageKey;

/**
 * A trainee in a cohort, from the request to the result. One row per trainee and cohort, ever: withdrawing and
 * asking again reuses it. It guards which status may follow which; whether a seat is free is decided by the
 * enrolment services ({@link EnrolmentRequests}, {@link EnrolmentDecisions}, {@link CohortMoves},
 * {@link WaitingListPromotion}) under the cohort's row lock, through {@link SeatPlan}.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person trainee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    /** Arrival order for approvals and the waiting list: set when the trainee (re)joins the queue. */
    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "seat_pool", nullable = false, length = 30)
    private String seatPool = SeatPlan.GENERAL;

    @Column(length = MAX_REASON)
    private String reason;

    @Column(name = "requested_by", length = 80)
    private String requestedBy;

    @Version
    private long version;

    protected Enrolment() {
    }

    /** A trainee placed straight into a status (demo data and history). */
    public Enrolment(Cohort cohort, Person trainee, EnrolmentStatus status) {
        this(cohort, trainee, null, Instant.now());
        this.status = status;
    }

    /** A new request, waiting for a seat or an approval. */
    public Enrolment(Cohort cohort, Person trainee, String requestedBy, Instant at) {
        this.cohort = cohort;
        this.trainee = trainee;
        this.status = EnrolmentStatus.REQUESTED;
        this.requestedAt = at;
        this.queuedAt = inWholeSeconds(at);
        this.requestedBy = requestedBy;
    }

    /** Whether the trainee holds or waits for a seat. */
    public boolean isLive() {
        return status.isLive();
    }

    /** A withdrawn or declined trainee asks again: back in the queue, at its end. */
    public void requestAgain(String by, Instant at) {
        if (status != EnrolmentStatus.WITHDRAWN && status != EnrolmentStatus.DECLINED) {
            throw new BusinessException("enrolment.error.transition", new MessageKey(status.messageKey()),
                    new MessageKey(EnrolmentStatus.REQUESTED.messageKey()));
        }
        status = EnrolmentStatus.REQUESTED;
        queuedAt = inWholeSeconds(at);
        decidedAt = null;
        reason = null;
        seatPool = SeatPlan.GENERAL;
        requestedBy = by;
    }

    /**
     * The queue is kept to the second, as the database's DATETIME keeps it, so that the copy in memory and the row
     * compare alike; requests in the same second are ordered by id, which the cohort's lock hands out in order.
     */
    private static Instant inWholeSeconds(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS);
    }

    void seatIn(String pool, Instant at) {
        moveTo(EnrolmentStatus.ENROLLED, at);
        seatPool = pool;
    }

    void waitIn(String pool, Instant at) {
        moveTo(EnrolmentStatus.WAITLISTED, at);
        seatPool = pool;
    }

    void decline(String why, Instant at) {
        if (why == null || why.isBlank()) {
            throw new BusinessException("enrolment.error.reasonRequired");
        }
        if (why.strip().length() > MAX_REASON) {
            throw new BusinessException("input.error.tooLong", MAX_REASON);
        }
        moveTo(EnrolmentStatus.DECLINED, at);
        reason = why.strip();
    }

    void withdraw(Instant at) {
        moveTo(EnrolmentStatus.WITHDRAWN, at);
    }

    /** The cohort has ended: passed or not (the grading feature decides which). */
    public void finish(boolean passed, Instant at) {
        moveTo(passed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.FAILED, at);
    }

    private void moveTo(EnrolmentStatus next, Instant at) {
        if (!status.canMoveTo(next)) {
            throw new BusinessException("enrolment.error.transition", new MessageKey(status.messageKey()),
                    new MessageKey(next.messageKey()));
        }
        status = next;
        decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Person getTrainee() {
        return trainee;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getSeatPool() {
        return seatPool;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }
}
