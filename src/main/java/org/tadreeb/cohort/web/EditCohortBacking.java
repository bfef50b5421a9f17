package org.tadreeb.cohort.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortDetails;
import org.tadreeb.cohort.CohortDirectory;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.cohort.CohortView;
import org.tadreeb.cohort.InstructorChoice;
import org.tadreeb.cohort.Meeting;
import org.tadreeb.cohort.MeetingDetails;
import org.tadreeb.cohort.VenueService;
import org.tadreeb.cohort.VenueService.VenueView;
import org.tadreeb.cohort.WeeklyPattern;
import org.tadreeb.course.CourseCatalogue;
import org.tadreeb.course.CourseView;
import org.tadreeb.course.DeliveryMode;
import org.tadreeb.platform.i18n.CurrentLanguage;
import org.tadreeb.platform.web.Feedback;

/**
 * Backs {@code /admin/cohorts/cohort.xhtml}: plans a cohort (no {@code code}; {@code course} preselects the course)
 * or shows and revises one — its plan, its meetings (one at a time or from a weekly pattern) and the moves of its
 * life that its status allows. Completed and cancelled cohorts are shown read-only.
 */
@Named
@ViewScoped
public class EditCohortBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The centre's week starts on Saturday. */
    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    @Inject
    transient CohortService cohorts;

    @Inject
    transient CohortDirectory directory;

    @Inject
    transient VenueService venueService;

    @Inject
    transient CourseCatalogue catalogue;

    @Inject
    transient Feedback feedback;

    @Inject
    transient CurrentLanguage language;

    @Inject
    transient FacesContext facesContext;

    private String code;
    private String preselectedCourse;
    private CohortView view;

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

    private Long editingMeetingId;
    private LocalDate meetingDay;
    private LocalTime meetingStarts;
    private LocalTime meetingEnds;
    private String meetingTopicArabic;
    private String meetingTopicEnglish;

    private List<String> patternDays = new ArrayList<>();
    private LocalTime patternStarts;
    private LocalTime patternEnds;
    private LocalDate patternFrom;
    private LocalDate patternTo;
    private String patternTopicArabic;
    private String patternTopicEnglish;

    private String cancelReason;

    /** Reads the cohort named by the {@code code} view parameter (404 if there is none such), or starts a plan. */
    public void load() throws IOException {
        courses = catalogue.all(false);
        if (code != null && !code.isBlank()) {
            Optional<CohortView> found = directory.view(code);
            if (found.isEmpty()) {
                facesContext.getExternalContext().responseSendError(404, "");
                facesContext.responseComplete();
                return;
            }
            show(found.get());
        } else if (preselectedCourse != null && !preselectedCourse.isBlank()) {
            String wanted = preselectedCourse.strip().toUpperCase(Locale.ROOT);
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
        view = cohort;
        code = cohort.code();
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
        meetingDay = startsOn;
        patternFrom = startsOn;
        patternTo = endsOn;
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
        if (view != null) {
            view.instructors().stream()
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
        CohortDetails details = new CohortDetails(isExisting() ? code : newCode, courseCode, startsOn, endsOn,
                blank(venueCode) ? null : venueCode, seatLimit, enrolmentOpensOn, enrolmentClosesOn, needsApproval,
                instructors);
        Cohort saved = isExisting() ? cohorts.revise(code, details) : cohorts.plan(details);
        feedback.done(isExisting() ? "cohort.saved" : "cohort.planned", saved.getCode());
        return reopen(saved.getCode());
    }

    public String saveMeeting() {
        MeetingDetails details = new MeetingDetails(meetingDay, meetingStarts, meetingEnds, meetingTopicArabic,
                meetingTopicEnglish);
        Meeting meeting = editingMeetingId == null ? cohorts.addMeeting(code, details)
                : cohorts.changeMeeting(code, editingMeetingId, details);
        feedback.done(editingMeetingId == null ? "meeting.added" : "meeting.changed",
                meeting.getStartsAt().toLocalDate());
        return reopen(code);
    }

    /** Puts the meeting in the form, which then changes it instead of adding one. */
    public void editMeeting(long meetingId) {
        view.meetings().stream().filter(m -> m.id() == meetingId && !m.cancelled()).findFirst().ifPresent(m -> {
            editingMeetingId = m.id();
            meetingDay = m.startsAt().toLocalDate();
            meetingStarts = m.startsAt().toLocalTime();
            meetingEnds = m.endsAt().toLocalTime();
            meetingTopicArabic = m.topicArabic();
            meetingTopicEnglish = m.topicEnglish();
        });
    }

    public String stopEditingMeeting() {
        return reopen(code);
    }

    public String cancelMeeting(long meetingId) {
        Meeting meeting = cohorts.cancelMeeting(code, meetingId);
        feedback.done("meeting.cancelledNotice", meeting.getStartsAt().toLocalDate());
        return reopen(code);
    }

    public String generate() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        patternDays.forEach(day -> days.add(DayOfWeek.valueOf(day)));
        List<Meeting> added = cohorts.generateMeetings(code, new WeeklyPattern(days, patternStarts, patternEnds,
                patternFrom, patternTo, patternTopicArabic, patternTopicEnglish));
        feedback.done("cohort.meetingsGenerated", added.size());
        return reopen(code);
    }

    public String open() {
        cohorts.open(code);
        feedback.done("cohort.openedNotice", code);
        return reopen(code);
    }

    public String closeEnrolment() {
        cohorts.closeEnrolment(code);
        feedback.done("cohort.enrolmentClosedNotice", code);
        return reopen(code);
    }

    public String start() {
        cohorts.start(code);
        feedback.done("cohort.startedNotice", code);
        return reopen(code);
    }

    public String complete() {
        cohorts.complete(code);
        feedback.done("cohort.completedNotice", code);
        return reopen(code);
    }

    public String cancel() {
        int told = cohorts.cancel(code, cancelReason);
        feedback.done("cohort.cancelledNotice", code, told);
        return reopen(code);
    }

    private static String reopen(String code) {
        return "/admin/cohorts/cohort.xhtml?faces-redirect=true&code=" + code;
    }

    /** Whether the cohort's status allows the move (a {@link CohortStatus} name): which lifecycle buttons show. */
    public boolean allows(String next) {
        return view != null && view.status().canMoveTo(CohortStatus.valueOf(next));
    }

    public String getPageTitle() {
        return isExisting() ? language.text("cohort.editTitle", code) : language.text("cohort.planTitle");
    }

    /** A venue as the pick-list shows it: name, governorate and capacity. */
    public String venueLabel(VenueView venue) {
        return language.text("cohort.venueChoice", venue.name(language.getLocale()),
                venue.governorate(language.getLocale()) == null ? "-" : venue.governorate(language.getLocale()),
                venue.capacity());
    }

    public String dayName(DayOfWeek day) {
        return day == null ? "" : day.getDisplayName(TextStyle.FULL, language.getLocale());
    }

    public List<DayOfWeek> getWeekdays() {
        return WEEK;
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

    public boolean isExisting() {
        return view != null;
    }

    /** Planning, or a cohort still live: completed and cancelled cohorts are history. */
    public boolean isEditable() {
        return view == null || view.editable();
    }

    public boolean isEditingMeeting() {
        return editingMeetingId != null;
    }

    public CohortView getView() {
        return view;
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

    public int getMaxReason() {
        return Cohort.MAX_REASON;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPreselectedCourse() {
        return preselectedCourse;
    }

    public void setPreselectedCourse(String preselectedCourse) {
        this.preselectedCourse = preselectedCourse;
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

    public LocalDate getMeetingDay() {
        return meetingDay;
    }

    public void setMeetingDay(LocalDate meetingDay) {
        this.meetingDay = meetingDay;
    }

    public LocalTime getMeetingStarts() {
        return meetingStarts;
    }

    public void setMeetingStarts(LocalTime meetingStarts) {
        this.meetingStarts = meetingStarts;
    }

    public LocalTime getMeetingEnds() {
        return meetingEnds;
    }

    public void setMeetingEnds(LocalTime meetingEnds) {
        this.meetingEnds = meetingEnds;
    }

    public String getMeetingTopicArabic() {
        return meetingTopicArabic;
    }

    public void setMeetingTopicArabic(String meetingTopicArabic) {
        this.meetingTopicArabic = meetingTopicArabic;
    }

    public String getMeetingTopicEnglish() {
        return meetingTopicEnglish;
    }

    public void setMeetingTopicEnglish(String meetingTopicEnglish) {
        this.meetingTopicEnglish = meetingTopicEnglish;
    }

    public List<String> getPatternDays() {
        return patternDays;
    }

    public void setPatternDays(List<String> patternDays) {
        this.patternDays = patternDays == null ? new ArrayList<>() : new ArrayList<>(patternDays);
    }

    public LocalTime getPatternStarts() {
        return patternStarts;
    }

    public void setPatternStarts(LocalTime patternStarts) {
        this.patternStarts = patternStarts;
    }

    public LocalTime getPatternEnds() {
        return patternEnds;
    }

    public void setPatternEnds(LocalTime patternEnds) {
        this.patternEnds = patternEnds;
    }

    public LocalDate getPatternFrom() {
        return patternFrom;
    }

    public void setPatternFrom(LocalDate patternFrom) {
        this.patternFrom = patternFrom;
    }

    public LocalDate getPatternTo() {
        return patternTo;
    }

    public void setPatternTo(LocalDate patternTo) {
        this.patternTo = patternTo;
    }

    public String getPatternTopicArabic() {
        return patternTopicArabic;
    }

    public void setPatternTopicArabic(String patternTopicArabic) {
        this.patternTopicArabic = patternTopicArabic;
    }

    public String getPatternTopicEnglish() {
        return patternTopicEnglish;
    }

    public void setPatternTopicEnglish(String patternTopicEnglish) {
        this.patternTopicEnglish = patternTopicEnglish;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
