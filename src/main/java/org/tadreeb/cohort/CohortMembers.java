package org.tadreeb.cohort;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.tadreeb.people.Person;

/**
 * What cohorts need to know about the trainees in them. Enrolments live above cohorts ({@code enrolment} uses
 * {@code cohort}), so this package owns the question and the {@code enrolment} package answers it.
 */
public interface CohortMembers {

    /** Per cohort id, the seats taken (enrolled trainees); cohorts without any are left out. */
    Map<Long, Long> seatsTaken(Collection<Long> cohortIds);

    /** The trainees told when the cohort is cancelled: everyone holding or waiting for a seat, in arrival order. */
    List<Person> toldOfCancellation(Cohort cohort);

    /** Ids of the cohorts whose meetings the trainee sees on their calendar (requested, enrolled, waiting, finished). */
    List<Long> cohortsOnCalendarOf(long personId);
}
