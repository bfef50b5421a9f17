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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tadreeb.course.Course;
import org.tadreeb.people.Account;
import org.tadreeb.platform.BusinessException;

/**
 * One scheduled delivery of a course: its dates, venue, seat limit, instructors and meetings.
 * (The catalogue issue adds the enrolment window, venues as a managed list and the guarded lifecycle.)
 */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30, unique = true)
    private String code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "venue_ar", length = 200)
    private String venueArabic;

    @Column(name = "venue_en", length = 200)
    private String venueEnglish;

    @Column(name = "seat_limit", nullable = false)
    private int seatLimit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CohortStatus status;

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

    @Version
    private long version;

    protected Cohort() {
    }

    public Cohort(String code, Course course, LocalDate startsOn, LocalDate endsOn, int seatLimit) {
        if (code == null || code.isBlank() || course == null || startsOn == null || endsOn == null) {
            throw new IllegalArgumentException("A cohort needs a code, a course and its dates");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("A cohort cannot end before it starts");
        }
        if (seatLimit <= 0) {
            throw new IllegalArgumentException("A cohort needs at least one seat");
        }
        if (course.isArchived()) {
            throw new BusinessException("cohort.error.courseArchived", course.getCode());
        }
        this.code = code.strip().toUpperCase(Locale.ROOT);
        this.course = course;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.seatLimit = seatLimit;
        this.status = CohortStatus.PLANNED;
        this.createdAt = Instant.now();
    }

    public void holdAt(String venueArabic, String venueEnglish) {
        this.venueArabic = venueArabic;
        this.venueEnglish = venueEnglish;
    }

    public void assignInstructor(Account instructor) {
        instructors.add(instructor);
    }

    public Meeting scheduleMeeting(LocalDateTime startsAt, LocalDateTime endsAt, String topicArabic, String topicEnglish) {
        Meeting meeting = new Meeting(this, startsAt, endsAt, topicArabic, topicEnglish);
        meetings.add(meeting);
        return meeting;
    }

    public void openForEnrolment() {
        status = CohortStatus.OPEN;
    }

    public void start() {
        status = CohortStatus.IN_PROGRESS;
    }

    public String venue(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? venueArabic : venueEnglish;
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

    public int getSeatLimit() {
        return seatLimit;
    }

    public CohortStatus getStatus() {
        return status;
    }

    public Set<Account> getInstructors() {
        return Collections.unmodifiableSet(instructors);
    }

    public List<Meeting> getMeetings() {
        return Collections.unmodifiableList(meetings);
    }
}
