package org.tadreeb.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.i18n.Language;

/**
 * The persistent outbox every e-mail goes through. A feature queues a message in its own transaction; the
 * {@link OutboxSender} delivers it once that transaction has committed, retrying until the mail server takes it.
 * Administrators list the outbox and retry waiting messages at once.
 */
@ApplicationScoped
public class Outbox {

    private static final String ENTRY = """
            SELECT NEW org.tadreeb.platform.mail.OutboxEntry(m.id, m.recipient, m.kind, m.language, m.status,
                m.createdAt, m.attempts, m.nextAttemptAt, m.lastError, m.sentAt)
            FROM OutboxMessage m""";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AuditLog auditLog;

    Clock clock = Clock.systemUTC();

    /** One page of the outbox, newest first; {@code number} counts from 1. */
    public record Page(List<OutboxEntry> entries, int number, int pageCount, long total) implements Serializable {
    }

    /**
     * Writes a message, rendered from the kind's templates in the recipient's language, into the outbox in the
     * caller's transaction: it is sent only if that transaction commits, and never lost once it has.
     *
     * @return the outbox message's id
     * @throws BusinessException {@code mail.error.invalidAddress} when the address is not a valid e-mail address
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long queue(String recipientAddress, Language language, MailKind kind, Map<String, String> values) {
        return queue(recipientAddress, language, kind, values, List.of());
    }

    /**
     * The same, with files attached. Each is stored as what renders it, and rendered by its
     * {@link AttachmentSource} when the message is delivered (docs/architecture.md, "Mail").
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long queue(String recipientAddress, Language language, MailKind kind, Map<String, String> values,
                      List<MailAttachment> attachments) {
        MailAddress recipient = new MailAddress(recipientAddress);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
        OutboxMessage message = new OutboxMessage(recipient, language, kind,
                MailTemplates.render(kind, language, values), clock.instant());
        attachments.forEach(message::attach);
        entityManager.persist(message);
        entityManager.flush();
        return message.getId();
    }

    @Transactional
    public Optional<OutboxEntry> find(long id) {
        return withAttachments(entityManager.createQuery(ENTRY + " WHERE m.id = :id", OutboxEntry.class)
                .setParameter("id", id)
                .getResultList()).stream().findFirst();
    }

    /** The given page of messages in one status (all of them when {@code status} is null). */
    @Transactional
    public Page list(OutboxStatus status, int pageNumber, int pageSize) {
        long total = status == null ? counts().values().stream().mapToLong(Long::longValue).sum() : counts().get(status);
        int pageCount = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int number = Math.min(Math.max(pageNumber, 1), pageCount);
        TypedQuery<OutboxEntry> query = entityManager.createQuery(ENTRY
                + (status == null ? "" : " WHERE m.status = :status")
                + " ORDER BY m.createdAt DESC, m.id DESC", OutboxEntry.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        List<OutboxEntry> entries = query
                .setFirstResult((number - 1) * pageSize)
                .setMaxResults(pageSize)
                .getResultList();
        return new Page(withAttachments(entries), number, pageCount, total);
    }

    /** The entries with the names of their attached files, read in one query. */
    private List<OutboxEntry> withAttachments(List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<Long, List<String>> names = new HashMap<>();
        entityManager.createQuery("""
                        SELECT a.message.id, a.fileName FROM OutboxAttachment a
                        WHERE a.message.id IN :ids
                        ORDER BY a.id""", Object[].class)
                .setParameter("ids", entries.stream().map(OutboxEntry::id).toList())
                .getResultList()
                .forEach(row -> names.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return entries.stream().map(e -> names.containsKey(e.id()) ? e.withAttachments(names.get(e.id())) : e).toList();
    }

    /** How many messages are in each status, zero included. */
    @Transactional
    public Map<OutboxStatus, Long> counts() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        entityManager.createQuery("""
                        SELECT m.status, COUNT(m) FROM OutboxMessage m
                        GROUP BY m.status""", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((OutboxStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Makes a waiting message due now; the sender picks it up at its next poll. */
    @Transactional
    public void retryNow(long id) {
        OutboxMessage message = entityManager.find(OutboxMessage.class, id);
        if (message == null) {
            throw new BusinessException("mail.outbox.error.unknown", id);
        }
        message.retryNow(clock.instant());
        auditLog.record("mail.retry", "OutboxMessage", id, message.getStatus().name(), null);
    }

    /** Makes every failing message due now; returns how many there were. */
    @Transactional
    public int retryAllFailing() {
        List<OutboxMessage> failing = entityManager.createQuery("""
                        SELECT m FROM OutboxMessage m
                        WHERE m.status = :failing""", OutboxMessage.class)
                .setParameter("failing", OutboxStatus.FAILING)
                .getResultList();
        failing.forEach(message -> message.retryNow(clock.instant()));
        if (!failing.isEmpty()) {
            auditLog.record("mail.retryAllFailing", "OutboxMessage", null, null, failing.size() + " message(s)");
        }
        return failing.size();
    }
}
