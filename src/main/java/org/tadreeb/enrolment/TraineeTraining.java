package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tadreeb.platform.CentreClock;

/** A trainee's own training: what they are enrolled in and when they meet next. */
@ApplicationScoped
public class TraineeTraining {

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CentreClock clock;

    @Transactional
    public List<EnrolmentSummary> currentOf(String username) {
        return enrolments.currentOf(username, clock.today(), clock.now());
    }

    /** "My training": live enrolments and the recently declined or withdrawn, of cohorts not yet ended. */
    @Transactional
    public List<EnrolmentSummary> trainingOf(String username) {
        return enrolments.trainingOf(username, clock.today(), clock.now());
    }
}
