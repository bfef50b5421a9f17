package org.tadreeb.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortDetails;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.cohort.CohortView;
import org.tadreeb.cohort.InstructorChoice;
import org.tadreeb.cohort.VenueService;
import org.tadreeb.cohort.VenueService.VenueView;
import org.tadreeb.course.CourseCatalogue;
import org.tadreeb.course.CourseView;
import org.tadreeb.course.DeliveryMode;
import org.tadreeb.platform.i18n.CurrentLanguage;
import org.tadreeb.platform.web.Feedback;
import org.tadreeb.course.CourseCode;

/**
 * The plan of the cohort {@link CohortPage} shows, or of a new one: course, code, dates, venue, seats, enrolment
 * window, approval and instructors. View scope keeps the lists and the suggestions between the form's Ajax updates
 * (a chosen course suggests a code and a seat limit and lists the instructors qualified for it).
 */
@Named
@ViewScoped
public class CohortPlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortPage page;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient VenueService venueService;

    @Inject
    transient CourseCatalogue catalogue;

    @Inject
    transient CurrentLanguage language;

    @Inject
    transient Feedback feedback;

    private List<CourseView> courses = List.of();
    private List<VenueView> venues = List.of();
    private List<InstructorChoice> qualified = List.of();
    private String suggestedCode;
    private Integer suggestedSeats;

    private String newCode;
    private String courseCode;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String venueCode;
    private Integer seatLimit;
    private LocalDate enrolmentOpensOn;
    private LocalDate enrolmentClosesOn;
    private boolean needsApproval;
    private List<String> instructors = new ArrayList<>();

    /** Fills the form from the page's cohort, or starts a plan (with the preselected course, if it is one). */
    @PostConstruct
    void init() {
        courses = catalogue.all(false);
        String preselectedCourse = page.getPreselectedCourse();
        if (page.getView() != null) {
            show(page.getView());
        } else if (preselectedCourse != null && !preselectedCourse.isBlank()) {
            String wanted = CourseCode.of(preselectedCourse).value();
            if (courses.stream().anyMatch(c -> c.code().equals(wanted))) {
                courseCode = wanted;
            }
        }
        List<VenueView> active = new ArrayList<>(venueService.list(true));
        if (venueCode != null && active.stream().noneMatch(v -> v.code().equals(venueCode))) {
            venueService.list(false).stream().filter(v -> v.code().equals(venueCode)).findFirst().ifPresent(active::add);
        }
        venues = active;
        if (isExisting()) {
            refreshInstructors();
        } else {
            planChanged();
        }
    }

    private void show(CohortView cohort) {
        newCode = cohort.code();
        courseCode = cohort.row().courseCode();
        if (courses.stream().noneMatch(c -> c.code().equals(courseCode))) {
            catalogue.view(courseCode).ifPresent(archived -> {
                courses = new ArrayList<>(courses);
                courses.add(archived);
            });
        }
        startsOn = cohort.row().startsOn();
        endsOn = cohort.row().endsOn();
        venueCode = cohort.row().venueCode();
        seatLimit = cohort.row().seatLimit();
        enrolmentOpensOn = cohort.enrolmentOpensOn();
        enrolmentClosesOn = cohort.enrolmentClosesOn();
        needsApproval = cohort.needsApproval();
        instructors = new ArrayList<>(cohort.instructors().stream().map(InstructorChoice::username).toList());
    }

    /**
     * The course, dates or venue changed: suggest a code and seat limit (unless the user typed their own) and list
     * the instructors qualified for the course over the dates.
     */
    public void planChanged() {
        CourseView course = chosenCourse();
        if (!isExisting() && course != null && (blank(newCode) || newCode.equals(suggestedCode))) {
            suggestedCode = suggestCode(course.code());
            newCode = suggestedCode;
        }
        if (course != null) {
            int seats = course.defaultSeats();
            VenueView venue = chosenVenue();
            if (venue != null) {
                seats = Math.min(seats, venue.capacity());
            }
            if (seatLimit == null || seatLimit.equals(suggestedSeats)) {
                seatLimit = seats;
                suggestedSeats = seats;
            }
        }
        refreshInstructors();
    }

    private void refreshInstructors() {
        List<InstructorChoice> choices = new ArrayList<>(blank(courseCode) ? List.of()
                : cohorts.qualifiedInstructors(courseCode, startsOn, endsOn));
        if (page.getView() != null) {
            page.getView().instructors().stream()
                    .filter(assigned -> choices.stream().noneMatch(c -> c.username().equals(assigned.username())))
                    .forEach(choices::add);
        }
        qualified = choices;
        Set<String> usernames = choices.stream().map(InstructorChoice::username).collect(Collectors.toSet());
        instructors = new ArrayList<>(instructors.stream().filter(usernames::contains).toList());
    }

    /** The course code and the first letter not taken yet: CP101-A, CP101-B... */
    private String suggestCode(String course) {
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            String candidate = course + "-" + letter;
            if (candidate.length() <= Cohort.MAX_CODE && cohorts.findByCode(candidate).isEmpty()) {
                return candidate;
            }
        }
        return null;
    }

    public String save() {
        CohortDetails details = new CohortDetails(isExisting() ? page.getCode() : newCode, courseCode, startsOn, endsOn,
                blank(venueCode) ? null : venueCode, seatLimit, enrolmentOpensOn, enrolmentClosesOn, needsApproval,
                instructors);
        Cohort saved = isExisting() ? cohorts.revise(page.getCode(), details) : cohorts.plan(details);
        feedback.done(isExisting() ? "cohort.saved" : "cohort.planned", saved.getCode());
        return CohortPage.reopen(saved.getCode());
    }

    /** A venue as the pick-list shows it: name, governorate and capacity. */
    public String venueLabel(VenueView venue) {
        return language.text("cohort.venueChoice", venue.name(language.getLocale()),
                venue.governorate(language.getLocale()) == null ? "-" : venue.governorate(language.getLocale()),
                venue.capacity());
    }

    private CourseView chosenCourse() {
        return blank(courseCode) ? null : courses.stream().filter(c -> c.code().equals(courseCode)).findFirst().orElse(null);
    }

    private VenueView chosenVenue() {
        return blank(venueCode) ? null : venues.stream().filter(v -> v.code().equals(venueCode)).findFirst().orElse(null);
    }

    /** Whether the chosen course is delivered remotely, so that a venue is optional. */
    public boolean isRemote() {
        CourseView course = chosenCourse();
        return course != null && course.deliveryMode() == DeliveryMode.REMOTE;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private boolean isExisting() {
        return page.isExisting();
    }

    public List<CourseView> getCourses() {
        return courses;
    }

    public List<VenueView> getVenues() {
        return venues;
    }

    public List<InstructorChoice> getQualified() {
        return qualified;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getVenueCode() {
        return venueCode;
    }

    public void setVenueCode(String venueCode) {
        this.venueCode = venueCode;
    }

    public Integer getSeatLimit() {
        return seatLimit;
    }

    public void setSeatLimit(Integer seatLimit) {
        this.seatLimit = seatLimit;
    }

    public LocalDate getEnrolmentOpensOn() {
        return enrolmentOpensOn;
    }

    public void setEnrolmentOpensOn(LocalDate enrolmentOpensOn) {
        this.enrolmentOpensOn = enrolmentOpensOn;
    }

    public LocalDate getEnrolmentClosesOn() {
        return enrolmentClosesOn;
    }

    public void setEnrolmentClosesOn(LocalDate enrolmentClosesOn) {
        this.enrolmentClosesOn = enrolmentClosesOn;
    }

    public boolean isNeedsApproval() {
        return needsApproval;
    }

    public void setNeedsApproval(boolean needsApproval) {
        this.needsApproval = needsApproval;
    }

    public List<String> getInstructors() {
        return instructors;
    }

    public void setInstructors(List<String> instructors) {
        this.instructors = instructors == null ? new ArrayList<>() : new ArrayList<>(instructors);
    }
}
