package org.tadreeb.platform.mail;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.tadreeb.platform.i18n.Language;

/** One line of the outbox as administrators see it: everything but the bodies, and the attached files' names. */
public record OutboxEntry(Long id, String recipient, MailKind kind, Language language, OutboxStatus status,
                          Instant createdAt, Integer attempts, Instant nextAttemptAt, String lastError, Instant sentAt,
                          List<String> attachments)
        implements Serializable {

    /** As the outbox's query reads it, before the attachments are added. */
    public OutboxEntry(Long id, String recipient, MailKind kind, Language language, OutboxStatus status,
                       Instant createdAt, Integer attempts, Instant nextAttemptAt, String lastError, Instant sentAt) {
        this(id, recipient, kind, language, status, createdAt, attempts, nextAttemptAt, lastError, sentAt, List.of());
    }

    public OutboxEntry withAttachments(List<String> fileNames) {
        return new OutboxEntry(id, recipient, kind, language, status, createdAt, attempts, nextAttemptAt, lastError,
                sentAt, List.copyOf(fileNames));
    }

    public boolean retryable() {
        return status != OutboxStatus.SENT;
    }
}
