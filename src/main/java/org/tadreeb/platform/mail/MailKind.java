package org.tadreeb.platform.mail;

/**
 * The kinds of message Tadreeb sends. Each has its templates in both languages, with a plain-text and an HTML
 * part, under {@code org/tadreeb/mail/}. Later features add their kinds here.
 */
public enum MailKind {
    /** A new account: values {@code name}, {@code link}, {@code validHours}. */
    INVITATION,
    /** Forgot password: values {@code name}, {@code link}, {@code validHours}. */
    PASSWORD_RESET
}
