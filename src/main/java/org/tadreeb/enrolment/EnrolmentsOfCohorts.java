package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortMembers;
import org.tadreeb.people.Person;

/** The cohorts' questions about their trainees ({@link CohortMembers}), answered from the enrolments. */
@ApplicationScoped
public class EnrolmentsOfCohorts implements CohortMembers {

    /** Enrolments that hold a seat. */
    static final List<EnrolmentStatus> HOLDING_A_SEAT = List.of(EnrolmentStatus.ENROLLED);
    /** Trainees who hear about a cancellation: everyone holding or waiting for a seat. */
    static final List<EnrolmentStatus> TOLD_OF_CANCELLATION =
            List.of(EnrolmentStatus.REQUESTED, EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED);
    /** Enrolments whose trainee sees the cohort on their calendar. */
    static final List<EnrolmentStatus> ON_TRAINEE_CALENDAR = List.of(EnrolmentStatus.REQUESTED, EnrolmentStatus.ENROLLED,
            EnrolmentStatus.WAITLISTED, EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED);

    @Inject
    EnrolmentRepository enrolments;

    @Override
    public Map<Long, Long> seatsTaken(Collection<Long> cohortIds) {
        return enrolments.countsByCohort(cohortIds, HOLDING_A_SEAT);
    }

    @Override
    public List<Person> toldOfCancellation(Cohort cohort) {
        return enrolments.traineesOf(cohort, TOLD_OF_CANCELLATION);
    }

    @Override
    public List<Long> cohortsOnCalendarOf(long personId) {
        return enrolments.cohortIdsOf(personId, ON_TRAINEE_CALENDAR);
    }
}
