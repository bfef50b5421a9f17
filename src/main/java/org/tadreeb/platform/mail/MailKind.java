package org.tadreeb.platform.mail;

import java.util.Locale;

/**
 * The kinds of message Tadreeb sends. Each has its templates in both languages, with a plain-text and an HTML
 * part, under {@code org/tadreeb/mail/} ({@code invitation_ar.txt}, {@code invitation_ar.html}...), and its
 * subject in the bundles ({@code mail.subject.INVITATION}). Later features add their kinds here;
 * {@code MailTemplatesTest} fails until every file and key exists in both languages.
 */
public enum MailKind {
    /** A new account: values {@code name}, {@code username}, {@code link}, {@code validHours}. */
    INVITATION,
    /** Forgot password: values {@code name}, {@code username}, {@code link}, {@code validHours}. */
    PASSWORD_RESET,
    /** A cohort the trainee was in or waiting for is cancelled: {@code name}, {@code course}, {@code cohort},
     * {@code startsOn}, {@code endsOn}, {@code venue}, {@code reason}. */
    COHORT_CANCELLED;

    /** The start of the template files' names: {@code invitation}, {@code password_reset}. */
    public String templateName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String subjectKey() {
        return "mail.subject." + name();
    }

    public String messageKey() {
        return "mail.kind." + name();
    }
}
