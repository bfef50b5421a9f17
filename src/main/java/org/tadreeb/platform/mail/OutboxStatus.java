package org.tadreeb.platform.mail;

/** Where an outbox message is: waiting for its first attempt, failed at least once and retrying, or sent. */
public enum OutboxStatus {
    PENDING, FAILING, SENT;

    public String messageKey() {
        return "mail.status." + name();
    }
}
