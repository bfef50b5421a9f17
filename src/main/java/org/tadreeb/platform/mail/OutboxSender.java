package org.tadreeb.platform.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tadreeb.platform.persistence.SchemaState;

/**
 * Delivers the outbox in the background: every {@code tadreeb.mail.poll-seconds} it claims the due messages one
 * by one and hands each to the mail server. A failed attempt is recorded with its error and retried later
 * (see {@link RetrySchedule}); the rest of that round waits for the next poll, since the server is probably away.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    static final int BATCH = 50;
    private static final long STOP_WAIT_SECONDS = 30;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxDelivery delivery;

    @Inject
    SmtpMailer mailer;

    @Inject
    AttachmentSources attachments;

    @Inject
    SchemaState schemaState;

    @Inject
    @ConfigProperty(name = "tadreeb.mail.poll-seconds")
    long pollSeconds;

    private final ReentrantLock polling = new ReentrantLock();
    private volatile boolean stopping;
    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        schedule = scheduler.scheduleWithFixedDelay(this::deliverDue, pollSeconds, pollSeconds, TimeUnit.SECONDS);
    }

    /** Lets an attempt under way finish and record its outcome, so that a restart leaves no message claimed. */
    @PreDestroy
    void stop() {
        stopping = true;
        if (schedule != null) {
            schedule.cancel(false);
        }
        try {
            if (polling.tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                polling.unlock();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    void deliverDue() {
        if (!schemaState.isReady() || !polling.tryLock()) {
            return;
        }
        try {
            List<Long> due;
            do {
                due = delivery.dueIds(BATCH);
                for (long id : due) {
                    if (stopping || !attempt(id)) {
                        return;
                    }
                }
            } while (due.size() == BATCH);
        } catch (RuntimeException failure) {
            // A scheduled task that throws is never run again: log and try at the next poll.
            LOG.log(Level.WARNING, "The mail outbox could not be delivered now: " + failure.getMessage(), failure);
        } finally {
            polling.unlock();
        }
    }

    /** One attempt at one message; false when it failed. */
    private boolean attempt(long id) {
        Optional<OutboxMessage> claimed = delivery.claim(id);
        if (claimed.isEmpty()) {
            return true;
        }
        try {
            mailer.send(claimed.get(), attachments.render(claimed.get().attachments()));
        } catch (Exception failure) {
            String error = describe(failure);
            delivery.recordFailure(id, error);
            LOG.warning(() -> "Mail " + id + " to " + claimed.get().getRecipient() + " not sent, will retry: " + error);
            return false;
        }
        delivery.recordSent(id);
        return true;
    }

    /**
     * The failure and its causes on one line, for the outbox page: "MailConnectException: Couldn't connect to
     * host... / ConnectException: Connection refused".
     */
    static String describe(Throwable failure) {
        StringJoiner line = new StringJoiner(" / ");
        for (Throwable cause = failure; cause != null && line.length() < OutboxMessage.MAX_ERROR_LENGTH;
             cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().replaceAll("\\s+", " ").strip();
            line.add(cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
        }
        return line.toString();
    }
}
