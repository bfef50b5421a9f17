package org.tadreeb.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.tadreeb.platform.i18n.Language;

/**
 * The persistent outbox every e-mail goes through. (Contract only: the mail outbox work implements it.)
 */
@ApplicationScoped
public class Outbox {

    /**
     * Writes a message, rendered from the kind's templates in the recipient's language, into the outbox in the
     * caller's transaction: it is sent only if that transaction commits, and never lost once it has.
     *
     * @return the outbox message's id
     */
    public long queue(String recipientAddress, Language language, MailKind kind, Map<String, String> values) {
        throw new UnsupportedOperationException("The mail outbox is not built yet");
    }
}
