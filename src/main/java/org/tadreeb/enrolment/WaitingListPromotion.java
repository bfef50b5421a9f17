package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.SeatsChanged;

/**
 * Free seats go to the waiting list in arrival order, under the cohort's row lock: when seats are added or quotas
 * released ({@link SeatsChanged}, in the changing transaction), and in the hourly round after quotas are
 * released. (A seat freed by a withdrawal or a move is given on the spot, by {@link SeatRules}.)
 */
@ApplicationScoped
public class WaitingListPromotion {

    @Inject
    CohortsAndTrainees find;

    @Inject
    SeatRules seats;

    /** Seats were added to a cohort (or its quotas released): the waiting list moves up. */
    void onSeatsChanged(@Observes SeatsChanged changed) {
        Cohort cohort = find.lock(changed.cohortCode());
        seats.promote(cohort);
    }

    /** Gives every free seat to the next in line; for the daily round after quotas are released. */
    @Transactional
    public List<EnrolmentOutcome> promoteWaiting(String cohortCode) {
        return seats.promote(find.lock(cohortCode));
    }
}
