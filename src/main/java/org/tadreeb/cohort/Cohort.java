package org.tadreeb.cohort;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tadreeb.course.Course;
import org.tadreeb.people.Account;
import org.tadreeb.people.OrganisationType;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.i18n.BilingualText;
import org.tadreeb.platform.i18n.MessageKey;

/**
 * One scheduled delivery of a course: its dates, venue, seat limit, enrolment window, instructors and meetings,
 * and where it is in its life. It guards its own rules: seats never above the room's capacity, meetings inside its
 * dates, and only the transitions of {@link CohortStatus#canMoveTo}. Clashes with other cohorts need the database
 * and are checked by {@link CohortService}.
 */
@Entity
@Table(name = "cohort")
public class Cohort {

    public static final int MAX_CODE = 30;
    public static final int MAX_SEATS = 1000;
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_CODE, unique = true)
    private String code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    @Column(name = "seat_limit", nullable = false)
    private int seatLimit;

    @Column(name = "enrolment_opens_on")
    private LocalDate enrolmentOpensOn;

    @Column(name = "enrolment_closes_on")
    private LocalDate enrolmentClosesOn;

    @Column(name = "needs_approval", nullable = false)
    private boolean needsApproval;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CohortStatus status;

    @Column(name = "cancel_reason", length = MAX_REASON)
    private String cancelReason;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ManyToMany
    @JoinTable(name = "cohort_instructor",
            joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> instructors = new HashSet<>();

    @OneToMany(mappedBy = "cohort", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    private List<Meeting> meetings = new ArrayList<>();

    @OneToMany(mappedBy = "cohort", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SeatQuota> quotas = new ArrayList<>();

    @Column(name = "quotas_release_on")
    private LocalDate quotasReleaseOn;

    @Column(name = "open_to_nominations", nullable = false)
    private boolean openToNominations = true;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    /** When the instructors published the cohort's results to its trainees; null while unpublished (or reopened). */
    @Column(name = "results_published_at")
    private Instant resultsPublishedAt;

    @Column(name = "results_published_by", length = 80)
    private String resultsPublishedBy;

    @Version
    private long version;

    protected Cohort() {
    }

    public Cohort(String code, Course course, LocalDate startsOn, LocalDate endsOn, Venue venue, int seatLimit) {
        if (code == null || code.isBlank() || course == null || startsOn == null || endsOn == null) {
            throw new IllegalArgumentException("A cohort needs a code, a course and its dates");
        }
        if (course.isArchived()) {
            throw new BusinessException("cohort.error.courseArchived", course.getCode());
        }
        this.code = CohortCode.of(code).value();
        this.course = course;
        this.status = CohortStatus.PLANNED;
        this.createdAt = Instant.now();
        reschedule(startsOn, endsOn);
        seat(venue, seatLimit, 0);
    }

    /** Moves the cohort's dates; every meeting it keeps must still fall inside them. */
    public void reschedule(LocalDate newStartsOn, LocalDate newEndsOn) {
        requireEditable();
        if (newStartsOn == null || newEndsOn == null) {
            throw new IllegalArgumentException("A cohort needs its dates");
        }
        if (newEndsOn.isBefore(newStartsOn)) {
            throw new BusinessException("cohort.error.endsBeforeStart");
        }
        for (Meeting meeting : meetings) {
            if (!meeting.isCancelled() && !meeting.fallsWithin(newStartsOn, newEndsOn)) {
                throw new BusinessException("cohort.error.meetingOutsideNewDates", meeting.getStartsAt().toLocalDate());
            }
        }
        this.startsOn = newStartsOn;
        this.endsOn = newEndsOn;
    }

    /**
     * Books the venue (none for a remote cohort) and sets the seat limit: at least one, no more than the room
     * seats, and never below the trainees already enrolled.
     */
    public void seat(Venue newVenue, int newSeatLimit, long enrolled) {
        requireEditable();
        if (newSeatLimit < 1 || newSeatLimit > MAX_SEATS) {
            throw new BusinessException("input.error.range", 1, MAX_SEATS);
        }
        if (newVenue != null && newSeatLimit > newVenue.getCapacity()) {
            throw new BusinessException("cohort.error.seatsAboveCapacity", newSeatLimit,
                    new BilingualText(newVenue.getNameArabic(), newVenue.getNameEnglish()), newVenue.getCapacity());
        }
        if (newSeatLimit < enrolled) {
            throw new BusinessException("cohort.error.seatsBelowEnrolled", newSeatLimit, enrolled);
        }
        if (newSeatLimit < reservedSeats()) {
            throw new BusinessException("cohort.error.seatsBelowQuotas", newSeatLimit, reservedSeats());
        }
        this.venue = newVenue;
        this.seatLimit = newSeatLimit;
    }

    /** The days on which trainees may ask to join (either end open), and whether an administrator approves each request. */
    public void openEnrolmentBetween(LocalDate opensOn, LocalDate closesOn, boolean approvalNeeded) {
        requireEditable();
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            throw new BusinessException("cohort.error.windowReversed");
        }
        if (closesOn != null && closesOn.isAfter(endsOn)) {
            throw new BusinessException("cohort.error.windowAfterEnd");
        }
        this.enrolmentOpensOn = opensOn;
        this.enrolmentClosesOn = closesOn;
        this.needsApproval = approvalNeeded;
    }

    /**
     * Reserves shares of the seats for kinds of organisation (so that partners are not crowded out) until the
     * release date, after which unused reserved seats are open to everyone. An empty map removes the quotas.
     */
    public void reserveSeats(Map<OrganisationType, Integer> shares, LocalDate releaseOn) {
        requireEditable();
        int total = 0;
        for (Map.Entry<OrganisationType, Integer> share : shares.entrySet()) {
            if (share.getValue() == null || share.getValue() < 1) {
                throw new BusinessException("cohort.error.quotaSeats");
            }
            total += share.getValue();
        }
        if (total > seatLimit) {
            throw new BusinessException("cohort.error.quotasAboveSeats", total, seatLimit);
        }
        if (releaseOn != null && releaseOn.isAfter(endsOn)) {
            throw new BusinessException("cohort.error.releaseAfterEnd");
        }
        quotas.clear();
        shares.forEach((type, seats) -> quotas.add(new SeatQuota(this, type, seats)));
        quotasReleaseOn = shares.isEmpty() ? null : releaseOn;
    }

    /** The seats reserved per kind of organisation on that day: none once the release date has come. */
    public Map<OrganisationType, Integer> reservationsOn(LocalDate day) {
        if (quotasReleaseOn != null && !day.isBefore(quotasReleaseOn)) {
            return Map.of();
        }
        Map<OrganisationType, Integer> reserved = new EnumMap<>(OrganisationType.class);
        quotas.forEach(q -> reserved.put(q.getOrganisationType(), q.getSeats()));
        return reserved;
    }

    public int reservedSeats() {
        return quotas.stream().mapToInt(SeatQuota::getSeats).sum();
    }

    public void acceptNominations(boolean open) {
        requireEditable();
        this.openToNominations = open;
    }

    /** Publishes the results to the trainees; false when they already were. */
    public boolean publishResults(String by, Instant at) {
        if (resultsPublishedAt != null) {
            return false;
        }
        resultsPublishedAt = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        resultsPublishedBy = by;
        return true;
    }

    /** Takes the results back to the instructors (an administrator reopening the gradebook); false when unpublished. */
    public boolean reopenResults() {
        if (resultsPublishedAt == null) {
            return false;
        }
        resultsPublishedAt = null;
        resultsPublishedBy = null;
        return true;
    }

    public boolean isResultsPublished() {
        return resultsPublishedAt != null;
    }

    public Instant getResultsPublishedAt() {
        return resultsPublishedAt;
    }

    public String getResultsPublishedBy() {
        return resultsPublishedBy;
    }

    /** Notes that the trainees were reminded the cohort starts tomorrow; false if they already were. */
    public boolean markReminded(Instant at) {
        if (remindedAt != null) {
            return false;
        }
        remindedAt = at;
        return true;
    }

    /** Whether trainees may ask to join on that day: open for enrolment and inside the window. */
    public boolean acceptsRequestsOn(LocalDate day) {
        return status == CohortStatus.OPEN
                && (enrolmentOpensOn == null || !day.isBefore(enrolmentOpensOn))
                && (enrolmentClosesOn == null || !day.isAfter(enrolmentClosesOn));
    }

    /** Adds an instructor; the caller has checked the qualification and clashes. */
    public void assignInstructor(Account instructor) {
        requireEditable();
        instructors.add(instructor);
    }

    public void releaseInstructor(Account instructor) {
        requireEditable();
        instructors.remove(instructor);
    }

    public Meeting scheduleMeeting(LocalDateTime startsAt, LocalDateTime endsAt, String topicArabic, String topicEnglish) {
        requireEditable();
        Meeting meeting = new Meeting(this, startsAt, endsAt, topicArabic, topicEnglish);
        requireInsideDates(meeting.getStartsAt(), meeting.getEndsAt());
        meetings.add(meeting);
        return meeting;
    }

    void requireInsideDates(LocalDateTime startsAt, LocalDateTime endsAt) {
        if (startsAt.toLocalDate().isBefore(startsOn) || endsAt.toLocalDate().isAfter(endsOn)) {
            throw new BusinessException("cohort.error.meetingOutsideDates", startsAt.toLocalDate(), startsOn, endsOn);
        }
    }

    public Optional<Meeting> meeting(long meetingId) {
        return meetings.stream().filter(m -> m.getId() != null && m.getId() == meetingId).findFirst();
    }

    /** The meetings that will take place (not cancelled), in time order. */
    public List<Meeting> heldMeetings() {
        return meetings.stream().filter(m -> !m.isCancelled()).toList();
    }

    /** Planned to open for enrolment: needs at least one meeting, and must not have ended. */
    public void openForEnrolment(LocalDate today) {
        moveTo(CohortStatus.OPEN);
        if (heldMeetings().isEmpty()) {
            throw new BusinessException("cohort.error.openNeedsMeetings");
        }
        if (today.isAfter(endsOn)) {
            throw new BusinessException("cohort.error.alreadyEnded", endsOn);
        }
        status = CohortStatus.OPEN;
    }

    /** Takes an open cohort back to planned: no new requests until it opens again. */
    public void closeEnrolment() {
        moveTo(CohortStatus.PLANNED);
        status = CohortStatus.PLANNED;
    }

    /** Starts the cohort: from its first day, with at least one meeting and one instructor. */
    public void start(LocalDate today) {
        moveTo(CohortStatus.IN_PROGRESS);
        if (heldMeetings().isEmpty()) {
            throw new BusinessException("cohort.error.openNeedsMeetings");
        }
        if (instructors.isEmpty()) {
            throw new BusinessException("cohort.error.startNeedsInstructor");
        }
        if (today.isBefore(startsOn)) {
            throw new BusinessException("cohort.error.startBeforeFirstDay", startsOn);
        }
        status = CohortStatus.IN_PROGRESS;
    }

    /** Completes the cohort, never before its last meeting has ended. */
    public void complete(LocalDateTime now) {
        moveTo(CohortStatus.COMPLETED);
        List<Meeting> held = heldMeetings();
        LocalDateTime lastEnd = held.isEmpty() ? endsOn.atStartOfDay() : held.get(held.size() - 1).getEndsAt();
        if (now.isBefore(lastEnd)) {
            throw new BusinessException("cohort.error.completeBeforeLastMeeting", lastEnd);
        }
        status = CohortStatus.COMPLETED;
    }

    /** Cancels the cohort for a reason, which the trainees enrolled are told. */
    public void cancel(String reason, Instant at) {
        moveTo(CohortStatus.CANCELLED);
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("cohort.error.cancelNeedsReason");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new BusinessException("input.error.tooLong", MAX_REASON);
        }
        this.cancelReason = reason.strip();
        this.cancelledAt = at;
        status = CohortStatus.CANCELLED;
    }

    private void moveTo(CohortStatus next) {
        if (!status.canMoveTo(next)) {
            throw new BusinessException("cohort.error.transition", code, new MessageKey(status.messageKey()),
                    new MessageKey(next.messageKey()));
        }
    }

    /** Completed and cancelled cohorts are history: their plan no longer changes. */
    public boolean isEditable() {
        return status.isLive();
    }

    void requireEditable() {
        if (status != null && !isEditable()) {
            throw new BusinessException("cohort.error.notEditable", code, new MessageKey(status.messageKey()));
        }
    }

    public String venue(Locale locale) {
        return venue == null ? null : venue.name(locale);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Venue getVenue() {
        return venue;
    }

    public int getSeatLimit() {
        return seatLimit;
    }

    public LocalDate getEnrolmentOpensOn() {
        return enrolmentOpensOn;
    }

    public LocalDate getEnrolmentClosesOn() {
        return enrolmentClosesOn;
    }

    public boolean isNeedsApproval() {
        return needsApproval;
    }

    public CohortStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public List<SeatQuota> getQuotas() {
        return Collections.unmodifiableList(quotas);
    }

    public LocalDate getQuotasReleaseOn() {
        return quotasReleaseOn;
    }

    public boolean isOpenToNominations() {
        return openToNominations;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Set<Account> getInstructors() {
        return Collections.unmodifiableSet(instructors);
    }

    public List<Meeting> getMeetings() {
        return Collections.unmodifiableList(meetings);
    }
}
