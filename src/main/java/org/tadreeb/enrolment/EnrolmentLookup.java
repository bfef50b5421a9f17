package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.tadreeb.cohort.Cohort;

/** Where a trainee stands in a cohort, read without locking anything. */
@ApplicationScoped
public class EnrolmentLookup {

    @Inject
    CohortsAndTrainees find;

    @Inject
    EnrolmentRepository enrolments;

    /** The enrolment in the cohort of the trainee with this service number, if any. */
    @Transactional
    public Optional<EnrolmentOutcome> statusOf(String cohortCode, String serviceNumber) {
        Cohort cohort = find.read(cohortCode);
        return enrolments.findByServiceNumber(cohort, serviceNumber).map(this::outcome);
    }

    /** The signed-in trainee's enrolment in the cohort, if any. */
    @Transactional
    public Optional<EnrolmentOutcome> statusOfSelf(String cohortCode, String username) {
        Cohort cohort = find.read(cohortCode);
        return enrolments.find(cohort, find.personOf(username)).map(this::outcome);
    }

    private EnrolmentOutcome outcome(Enrolment enrolment) {
        return EnrolmentOutcome.of(enrolment, enrolments.waitlistPosition(enrolment), false);
    }
}
