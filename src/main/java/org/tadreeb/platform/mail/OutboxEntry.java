package org.tadreeb.platform.mail;

import java.io.Serializable;
import java.time.Instant;
import org.tadreeb.platform.i18n.Language;

/** One line of the outbox as administrators see it: everything but the bodies. */
public record OutboxEntry(Long id, String recipient, MailKind kind, Language language, OutboxStatus status,
                          Instant createdAt, Integer attempts, Instant nextAttemptAt, String lastError, Instant sentAt)
        implements Serializable {

    public boolean retryable() {
        return status != OutboxStatus.SENT;
    }
}
