package org.tadreeb.enrolment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tadreeb.platform.BusinessException;

/**
 * The hourly round: reminds trainees of cohorts that start tomorrow, and gives seats freed by released quotas to
 * the waiting list. Each cohort is one transaction under its row lock, so two instances running the round at
 * once remind nobody twice.
 */
@Singleton
public class EnrolmentRounds {

    private static final Logger LOG = Logger.getLogger(EnrolmentRounds.class.getName());

    @Inject
    StartReminders reminders;

    @Inject
    WaitingListPromotion waitingList;

    @Schedule(hour = "*", minute = "7", persistent = false)
    public void hourly() {
        run();
    }

    /** Visits every cohort that needs it; answers how many trainees were reminded or promoted. */
    public int run() {
        int touched = 0;
        for (String code : reminders.cohortsNeedingARound()) {
            try {
                touched += reminders.remindStartingTomorrow(code);
                touched += waitingList.promoteWaiting(code).size();
            } catch (BusinessException | jakarta.persistence.PersistenceException failed) {
                LOG.log(Level.WARNING, "Enrolment round failed for cohort " + code, failed);
            }
        }
        return touched;
    }
}
