package org.tadreeb.certificates;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tadreeb.platform.CentreClock;

/**
 * The daily expiry round: reminds holders whose certificates reach 60, 30 or 7 days before expiry, then sends the
 * administrators' digest. The timer fires every hour on every instance and does the work from
 * {@code tadreeb.certificates.reminders.hour} (centre time) on, so a server that was down at that hour catches up
 * when it is back; every reminder is claimed in the database, so repeated runs and a second instance send nothing
 * twice. {@link #runFor(LocalDate)} runs the round as on a given day (the tests' clock).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CertificateExpiryRound {

    private static final Logger LOG = Logger.getLogger(CertificateExpiryRound.class.getName());

    @Inject
    CertificateReminders reminders;

    @Inject
    CentreClock clock;

    @Inject
    @ConfigProperty(name = "tadreeb.certificates.reminders.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "tadreeb.certificates.reminders.hour", defaultValue = "6")
    int hour;

    /** What a round did: holders reminded by this run, and reminders listed in its digest. */
    public record Summary(int reminded, int inDigest) {
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void hourly() {
        if (enabled && clock.now().getHour() >= hour) {
            runFor(clock.today());
        }
    }

    /** The round as on {@code day}: each reminder in its own transaction, then the digest. */
    public Summary runFor(LocalDate day) {
        int reminded = 0;
        for (CertificateReminders.Due due : reminders.dueOn(day)) {
            try {
                if (reminders.remind(due.certificateId(), due.thresholdDays(), day)) {
                    reminded++;
                }
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "Expiry reminder failed for certificate " + due.certificateId(), failed);
            }
        }
        int inDigest = reminders.sendDigest(day);
        if (reminded > 0 || inDigest > 0) {
            LOG.log(Level.INFO, "Certificate expiry round for {0}: {1} reminded, {2} in the digest",
                    new Object[] {day, reminded, inDigest});
        }
        return new Summary(reminded, inDigest);
    }
}
