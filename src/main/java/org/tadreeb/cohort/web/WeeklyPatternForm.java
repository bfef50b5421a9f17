package org.tadreeb.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.cohort.Meeting;
import org.tadreeb.cohort.WeeklyPattern;
import org.tadreeb.platform.web.Feedback;

/**
 * Adds the meetings of a weekly pattern (days, times, a date range, a topic) to the cohort {@link CohortPage} shows,
 * all or none. View scope keeps what was typed while the page's other forms post back.
 */
@Named
@ViewScoped
public class WeeklyPatternForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The centre's week starts on Saturday. */
    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    @Inject
    CohortPage page;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient Feedback feedback;

    private List<String> patternDays = new ArrayList<>();
    private LocalTime patternStarts;
    private LocalTime patternEnds;
    private LocalDate patternFrom;
    private LocalDate patternTo;
    private String patternTopicArabic;
    private String patternTopicEnglish;

    /** The pattern is proposed over the cohort's dates. */
    @PostConstruct
    void init() {
        if (page.getView() != null) {
            patternFrom = page.getView().row().startsOn();
            patternTo = page.getView().row().endsOn();
        }
    }

    public String generate() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        patternDays.forEach(day -> days.add(DayOfWeek.valueOf(day)));
        List<Meeting> added = cohorts.generateMeetings(page.getCode(), new WeeklyPattern(days, patternStarts,
                patternEnds, patternFrom, patternTo, patternTopicArabic, patternTopicEnglish));
        feedback.done("cohort.meetingsGenerated", added.size());
        return CohortPage.reopen(page.getCode());
    }

    public List<DayOfWeek> getWeekdays() {
        return WEEK;
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
}
