package org.tadreeb.grading.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDateTime;
import java.util.List;
import org.tadreeb.cohort.CohortSummary;
import org.tadreeb.cohort.InstructorTeaching;
import org.tadreeb.grading.AttendanceService;
import org.tadreeb.grading.AttendanceSheet;
import org.tadreeb.grading.InstructorAgenda;
import org.tadreeb.platform.CentreClock;

/**
 * Backs {@code /instructor/index.xhtml}: the instructor's meetings today and in the next two weeks (with "Take
 * attendance" once one has started), meetings whose attendance is not yet taken, cohorts whose grading is still to
 * do, and the cohorts they teach.
 */
@Named
@RequestScoped
public class InstructorHomeBacking {

    /** How far ahead the home looks for meetings. */
    static final int DAYS_AHEAD = 14;

    @Inject
    InstructorTeaching teaching;

    @Inject
    InstructorAgenda agenda;

    @Inject
    AttendanceService attendance;

    @Inject
    CentreClock clock;

    @Inject
    SecurityContext security;

    private List<CohortSummary> cohorts;
    private List<AttendanceSheet.Slot> meetings;
    private List<AttendanceSheet.Slot> untaken;
    private List<InstructorAgenda.CohortToGrade> toGrade;
    private LocalDateTime now;

    public List<CohortSummary> getCohorts() {
        if (cohorts == null) {
            cohorts = teaching.cohortsOf(caller());
        }
        return cohorts;
    }

    public List<AttendanceSheet.Slot> getMeetings() {
        if (meetings == null) {
            meetings = attendance.meetingsAhead(caller(), DAYS_AHEAD);
        }
        return meetings;
    }

    public List<AttendanceSheet.Slot> getUntaken() {
        if (untaken == null) {
            untaken = attendance.notYetTaken(caller());
        }
        return untaken;
    }

    public List<InstructorAgenda.CohortToGrade> getToGrade() {
        if (toGrade == null) {
            toGrade = agenda.gradingToDo(caller());
        }
        return toGrade;
    }

    /** Whether attendance can be taken for the meeting yet: from its start. */
    public boolean started(AttendanceSheet.Slot meeting) {
        if (now == null) {
            now = clock.now();
        }
        return meeting.startedBy(now);
    }

    /** Whether the meeting is today, so the list can say so. */
    public boolean today(AttendanceSheet.Slot meeting) {
        return meeting.startsAt().toLocalDate().equals(clock.today());
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
