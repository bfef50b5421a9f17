package org.tadreeb.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.cohort.Meeting;
import org.tadreeb.cohort.MeetingDetails;
import org.tadreeb.platform.web.Feedback;

/**
 * The meetings of the cohort {@link CohortPage} shows, one by one: add one, put one in the form to move it (view
 * scope keeps which meeting is being changed until it is saved), or cancel one.
 */
@Named
@ViewScoped
public class CohortMeetingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortPage page;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient Feedback feedback;

    private Long editingMeetingId;
    private LocalDate meetingDay;
    private LocalTime meetingStarts;
    private LocalTime meetingEnds;
    private String meetingTopicArabic;
    private String meetingTopicEnglish;

    /** A new meeting is proposed on the cohort's first day. */
    @PostConstruct
    void init() {
        if (page.getView() != null) {
            meetingDay = page.getView().row().startsOn();
        }
    }

    public String saveMeeting() {
        MeetingDetails details = new MeetingDetails(meetingDay, meetingStarts, meetingEnds, meetingTopicArabic,
                meetingTopicEnglish);
        Meeting meeting = editingMeetingId == null ? cohorts.addMeeting(page.getCode(), details)
                : cohorts.changeMeeting(page.getCode(), editingMeetingId, details);
        feedback.done(editingMeetingId == null ? "meeting.added" : "meeting.changed",
                meeting.getStartsAt().toLocalDate());
        return CohortPage.reopen(page.getCode());
    }

    /** Puts the meeting in the form, which then changes it instead of adding one. */
    public void editMeeting(long meetingId) {
        page.getView().meetings().stream().filter(m -> m.id() == meetingId && !m.cancelled()).findFirst().ifPresent(m -> {
            editingMeetingId = m.id();
            meetingDay = m.startsAt().toLocalDate();
            meetingStarts = m.startsAt().toLocalTime();
            meetingEnds = m.endsAt().toLocalTime();
            meetingTopicArabic = m.topicArabic();
            meetingTopicEnglish = m.topicEnglish();
        });
    }

    public String stopEditingMeeting() {
        return CohortPage.reopen(page.getCode());
    }

    public String cancelMeeting(long meetingId) {
        Meeting meeting = cohorts.cancelMeeting(page.getCode(), meetingId);
        feedback.done("meeting.cancelledNotice", meeting.getStartsAt().toLocalDate());
        return CohortPage.reopen(page.getCode());
    }

    public boolean isEditingMeeting() {
        return editingMeetingId != null;
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
}
