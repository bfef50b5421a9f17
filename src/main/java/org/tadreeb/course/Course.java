package org.tadreeb.course;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.tadreeb.people.NameFolding;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;

/**
 * A catalogue entry of the centre: a code that never changes, a bilingual title, summary and learning
 * objectives, a category, contact hours, how it is delivered, the attendance a trainee needs, how long its
 * certificate stays valid, the seats a cohort offers by default, the courses to complete first, and its
 * assessment scheme. Cohorts deliver it. An archived course keeps its history but gets no new cohorts.
 */
@Entity
@Table(name = "course")
public class Course {

    public static final int MAX_CODE = 20;
    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_OBJECTIVES = 4000;
    public static final int MAX_HOURS = 1000;
    public static final int MAX_CERTIFICATE_MONTHS = 120;
    public static final int MAX_SEATS = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, unique = true, updatable = false)
    private String code;

    @Column(name = "title_ar", nullable = false, length = 200)
    private String titleArabic;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEnglish;

    @Column(name = "summary_ar", length = 2000)
    private String summaryArabic;

    @Column(name = "summary_en", length = 2000)
    private String summaryEnglish;

    @Column(name = "objectives_ar", length = 4000)
    private String objectivesArabic;

    @Column(name = "objectives_en", length = 4000)
    private String objectivesEnglish;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_code")
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false, length = 20)
    private DeliveryMode deliveryMode = DeliveryMode.IN_PERSON;

    @Column(name = "contact_hours", nullable = false)
    private int contactHours;

    @Column(name = "min_attendance", nullable = false)
    private int minimumAttendance = 80;

    /** Months a certificate of this course stays valid; null when it never expires. */
    @Column(name = "certificate_months")
    private Integer certificateMonths;

    @Column(name = "default_seats", nullable = false)
    private int defaultSeats = 25;

    @Column(name = "pass_mark", nullable = false)
    private int passMark = 60;

    @Enumerated(EnumType.STRING)
    @Column(name = "excused_absences", nullable = false, length = 20)
    private ExcusedAbsences excusedAbsences = ExcusedAbsences.LEFT_OUT;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<AssessmentComponent> components = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "course_prerequisite",
            joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "prerequisite_id"))
    private Set<Course> prerequisites = new HashSet<>();

    @Column(name = "search_text", nullable = false, length = 4500)
    private String searchText = "";

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Course() {
    }

    public Course(String code, String titleArabic, String titleEnglish, int contactHours) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A course needs a code");
        }
        this.code = CourseCode.of(code).value();
        rename(titleArabic, titleEnglish);
        plan(contactHours, minimumAttendance, null, defaultSeats);
        this.createdAt = Instant.now();
    }

    public void rename(String titleArabic, String titleEnglish) {
        if (titleArabic == null || titleArabic.isBlank() || titleEnglish == null || titleEnglish.isBlank()) {
            throw new IllegalArgumentException("A course needs a title in both languages");
        }
        this.titleArabic = titleArabic.strip();
        this.titleEnglish = titleEnglish.strip();
        refreshSearchText();
    }

    public void describe(String summaryArabic, String summaryEnglish) {
        this.summaryArabic = blankToNull(summaryArabic);
        this.summaryEnglish = blankToNull(summaryEnglish);
        refreshSearchText();
    }

    public void stateObjectives(String objectivesArabic, String objectivesEnglish) {
        this.objectivesArabic = blankToNull(objectivesArabic);
        this.objectivesEnglish = blankToNull(objectivesEnglish);
    }

    public void classify(Category category, DeliveryMode deliveryMode) {
        this.category = Objects.requireNonNull(category, "category");
        this.deliveryMode = Objects.requireNonNull(deliveryMode, "delivery mode");
    }

    /** Hours, the attendance a trainee needs (percent), certificate validity (months, or null for none) and seats. */
    public void plan(int contactHours, int minimumAttendance, Integer certificateMonths, int defaultSeats) {
        if (contactHours < 1 || contactHours > MAX_HOURS) {
            throw new IllegalArgumentException("A course needs between 1 and " + MAX_HOURS + " contact hours");
        }
        if (minimumAttendance < 0 || minimumAttendance > 100) {
            throw new IllegalArgumentException("Minimum attendance is a percentage");
        }
        if (certificateMonths != null && (certificateMonths < 1 || certificateMonths > MAX_CERTIFICATE_MONTHS)) {
            throw new IllegalArgumentException("Certificate validity is 1 to " + MAX_CERTIFICATE_MONTHS + " months, or none");
        }
        if (defaultSeats < 1 || defaultSeats > MAX_SEATS) {
            throw new IllegalArgumentException("A course offers 1 to " + MAX_SEATS + " seats by default");
        }
        this.contactHours = contactHours;
        this.minimumAttendance = minimumAttendance;
        this.certificateMonths = certificateMonths;
        this.defaultSeats = defaultSeats;
    }

    /**
     * Sets the courses a trainee completes first. A course cannot require itself; cycles through other courses
     * are found by {@link PrerequisiteGraph} in the service, which sees the whole catalogue.
     */
    public void requirePrerequisites(Collection<Course> required) {
        if (required.stream().anyMatch(c -> c == this || (id != null && id.equals(c.getId())))) {
            throw new IllegalArgumentException("A course cannot be its own prerequisite");
        }
        prerequisites.clear();
        prerequisites.addAll(required);
    }

    /**
     * Replaces the assessment scheme. Once a cohort of the course has started (in progress or completed), its
     * results are (or will be) computed with the current scheme: a different scheme would rewrite them, so it
     * is refused, naming that cohort. An unchanged scheme is always accepted.
     *
     * @param startedCohortCode the code of a started cohort of this course, or null when none has started
     */
    public void defineScheme(AssessmentScheme scheme, String startedCohortCode) {
        List<FieldError> errors = scheme.check();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (scheme.equals(getScheme())) {
            return;
        }
        if (startedCohortCode != null) {
            throw new InvalidInputException(List.of(new FieldError("components", "course.error.schemeLocked", startedCohortCode)));
        }
        components.clear();
        for (int i = 0; i < scheme.components().size(); i++) {
            components.add(new AssessmentComponent(this, i, scheme.components().get(i)));
        }
        passMark = scheme.passMark();
    }

    public AssessmentScheme getScheme() {
        return new AssessmentScheme(components.stream()
                .sorted(Comparator.comparingInt(AssessmentComponent::getSortOrder))
                .map(AssessmentComponent::toValue).toList(), passMark);
    }

    public void archive() {
        archived = true;
    }

    public void restore() {
        archived = false;
    }

    public String title(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? titleArabic : titleEnglish;
    }

    public String summary(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? summaryArabic : summaryEnglish;
    }

    public String objectives(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? objectivesArabic : objectivesEnglish;
    }

    private void refreshSearchText() {
        String text = NameFolding.fold(String.join(" ", code == null ? "" : code, nullToEmpty(titleArabic),
                nullToEmpty(titleEnglish), nullToEmpty(summaryArabic), nullToEmpty(summaryEnglish)));
        searchText = text.length() > 4500 ? text.substring(0, 4500) : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitleArabic() {
        return titleArabic;
    }

    public String getTitleEnglish() {
        return titleEnglish;
    }

    public String getSummaryArabic() {
        return summaryArabic;
    }

    public String getSummaryEnglish() {
        return summaryEnglish;
    }

    public String getObjectivesArabic() {
        return objectivesArabic;
    }

    public String getObjectivesEnglish() {
        return objectivesEnglish;
    }

    public Category getCategory() {
        return category;
    }

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public int getContactHours() {
        return contactHours;
    }

    public int getMinimumAttendance() {
        return minimumAttendance;
    }

    public Integer getCertificateMonths() {
        return certificateMonths;
    }

    public int getDefaultSeats() {
        return defaultSeats;
    }

    public int getPassMark() {
        return passMark;
    }

    /** How excused absences count towards the attendance rate a trainee needs. */
    public void countExcusedAbsences(ExcusedAbsences rule) {
        this.excusedAbsences = java.util.Objects.requireNonNull(rule, "excused absences rule");
    }

    public ExcusedAbsences getExcusedAbsences() {
        return excusedAbsences;
    }

    public List<AssessmentComponent> getComponents() {
        return Collections.unmodifiableList(components);
    }

    public Set<Course> getPrerequisites() {
        return Collections.unmodifiableSet(prerequisites);
    }

    public boolean isArchived() {
        return archived;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
