package org.tadreeb.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sender's steps on the database, each in a transaction of its own, so that nothing is held open while the
 * mail server is being talked to: find the due messages, claim one, record how its attempt went.
 *
 * <p>A claim is a conditional UPDATE that only one instance can win: with several Payara Micro instances on one
 * database, a message is attempted by one of them at a time. A claim that its instance never released (the
 * process died mid-attempt) expires after {@link #CLAIM}, and the message is attempted again.
 */
@ApplicationScoped
public class OutboxDelivery {

    /** Longer than one attempt can take with the SMTP timeouts (connect, write, read). */
    static final Duration CLAIM = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "tadreeb.mail.retry.first-seconds")
    long firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "tadreeb.mail.retry.max-seconds")
    long longestRetrySeconds;

    Clock clock = Clock.systemUTC();

    private final String instance = instanceName();
    private RetrySchedule retrySchedule;

    @PostConstruct
    void configure() {
        retrySchedule = RetrySchedule.ofSeconds(firstRetrySeconds, longestRetrySeconds);
    }

    /** The ids of messages due for an attempt and claimed by nobody, the longest waiting first. */
    @Transactional
    public List<Long> dueIds(int limit) {
        Timestamp now = Timestamp.from(clock.instant());
        List<?> ids = entityManager.createNativeQuery("""
                        SELECT id FROM outbox_message
                        WHERE status <> 'SENT'
                        AND next_attempt_at <= ?1
                        AND (claimed_until IS NULL OR claimed_until < ?2)
                        ORDER BY next_attempt_at, id""")
                .setParameter(1, now)
                .setParameter(2, now)
                .setMaxResults(limit)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Claims a due message for this instance; empty when another instance was first or it is no longer due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutboxMessage> claim(long id) {
        Instant now = clock.instant();
        int claimed = entityManager.createNativeQuery("""
                        UPDATE outbox_message
                        SET claimed_by = ?1, claimed_until = ?2
                        WHERE id = ?3
                        AND status <> 'SENT'
                        AND next_attempt_at <= ?4
                        AND (claimed_until IS NULL OR claimed_until < ?5)""")
                .setParameter(1, instance)
                .setParameter(2, Timestamp.from(now.plus(CLAIM)))
                .setParameter(3, id)
                .setParameter(4, Timestamp.from(now))
                .setParameter(5, Timestamp.from(now))
                .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        OutboxMessage message = entityManager.find(OutboxMessage.class, id);
        message.attachments(); // read now: the sender needs them after this transaction
        return Optional.of(message);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSent(long id) {
        entityManager.find(OutboxMessage.class, id).markSent(clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(long id, String error) {
        entityManager.find(OutboxMessage.class, id).recordFailure(error, clock.instant(), retrySchedule);
    }

    /** Names this process in claims, for an administrator reading the table: {@code pid@host/random}. */
    private static String instanceName() {
        String name = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
