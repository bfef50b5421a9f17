package org.tadreeb.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tadreeb.platform.CentreClock;

/** The cohorts an instructor teaches and when each meets next. */
@ApplicationScoped
public class InstructorTeaching {

    @Inject
    CohortRepository cohorts;

    @Inject
    CentreClock clock;

    @Transactional
    public List<CohortSummary> cohortsOf(String username) {
        return cohorts.taughtBy(username, clock.now());
    }
}
