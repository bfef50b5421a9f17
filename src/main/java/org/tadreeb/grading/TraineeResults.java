package org.tadreeb.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.course.Course;
import org.tadreeb.enrolment.Enrolment;
import org.tadreeb.enrolment.EnrolmentRepository;
import org.tadreeb.people.AccountRepository;
import org.tadreeb.people.PeopleAccess;
import org.tadreeb.people.Person;
import org.tadreeb.people.PersonDirectory;

/**
 * A trainee's own attendance and published results, cohort by cohort, newest first: for themselves, or for those
 * who may see their record ({@link PeopleAccess}: administrators, their organisation's coordinator). Scores appear
 * only once published, and only the trainee's own row of a gradebook ever leaves here.
 */
@ApplicationScoped
public class TraineeResults {

    private static final List<CohortStatus> STARTED = List.of(CohortStatus.IN_PROGRESS, CohortStatus.COMPLETED);

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AccountRepository accounts;

    @Inject
    PersonDirectory directory;

    @Inject
    PeopleAccess peopleAccess;

    @Inject
    Gradebooks gradebooks;

    @Inject
    EnrolmentRepository enrolments;

    @Transactional
    public List<TraineeResult> own(String username) {
        return of(accounts.getByUsername(username).getPerson());
    }

    /** Another person's results, when the caller may see their record (403 otherwise). */
    @Transactional
    public List<TraineeResult> of(String callerUsername, String serviceNumber) {
        Person person = directory.getByNumber(serviceNumber);
        peopleAccess.checkCanSee(callerUsername, person);
        return of(person);
    }

    private List<TraineeResult> of(Person person) {
        List<Enrolment> enrolments = this.enrolments.ofTrainee(person, Gradebook.GRADED, STARTED);
        Map<Long, List<Attendance>> marks = new HashMap<>();
        entityManager.createQuery("""
                        SELECT a FROM Attendance a
                        JOIN FETCH a.meeting m
                        WHERE a.enrolment.trainee = :person
                        AND m.cancelled = FALSE
                        ORDER BY m.startsAt""", Attendance.class)
                .setParameter("person", person)
                .getResultList()
                .forEach(a -> marks.computeIfAbsent(a.getEnrolment().getId(), id -> new ArrayList<>()).add(a));
        List<TraineeResult> results = new ArrayList<>();
        for (Enrolment enrolment : enrolments) {
            Cohort cohort = enrolment.getCohort();
            Course course = cohort.getCourse();
            List<Attendance> mine = marks.getOrDefault(enrolment.getId(), List.of());
            AttendanceTally tally = AttendanceTally.NONE;
            for (Attendance attendance : mine) {
                tally = tally.plus(attendance.getMark());
            }
            List<TraineeResult.MeetingMark> meetings = mine.stream().map(a -> new TraineeResult.MeetingMark(
                    a.getMeeting().getStartsAt(), a.getMeeting().getTopicArabic(), a.getMeeting().getTopicEnglish(),
                    a.getMark(), a.getNote())).toList();
            List<TraineeResult.ComponentScore> scores = new ArrayList<>();
            Gradebook.Row row = null;
            if (cohort.isResultsPublished()) {
                Gradebook gradebook = gradebooks.of(cohort);
                row = gradebook.row(person.getServiceNumber()).orElseThrow();
                for (Gradebook.Component component : gradebook.components()) {
                    scores.add(new TraineeResult.ComponentScore(component.nameArabic(), component.nameEnglish(),
                            component.maxScore(), component.weight(), row.pointsAt(component.position() - 1)));
                }
            }
            results.add(new TraineeResult(cohort.getCode(), course.getCode(), course.getTitleArabic(),
                    course.getTitleEnglish(), cohort.getStartsOn(), cohort.getEndsOn(), enrolment.getStatus(),
                    course.getPassMark(), course.getMinimumAttendance(), tally.rate(course.getExcusedAbsences()),
                    meetings, cohort.getResultsPublishedAt(), scores,
                    row == null ? null : row.result().weightedTotal(), row == null ? null : row.result().verdict()));
        }
        return results;
    }
}
