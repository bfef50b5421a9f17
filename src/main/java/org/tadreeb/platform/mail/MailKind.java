package org.tadreeb.platform.mail;

import java.util.Locale;

/**
 * The kinds of message Tadreeb sends. Each has its templates in both languages, with a plain-text and an HTML
 * part, under {@code org/tadreeb/mail/} ({@code invitation_ar.txt}, {@code invitation_ar.html}...), and its
 * subject in the bundles ({@code mail.subject.INVITATION}). Later features add their kinds here;
 * {@code MailTemplatesTest} fails until every file and key exists in both languages.
 * <p>
 * The values of the cohort and enrolment kinds: {@code name} the trainee's name in their language, {@code course}
 * the course title, {@code cohort} its code ({@code CP101-A}), {@code startsOn} and {@code endsOn} ISO dates,
 * {@code venue} the venue's name or the word for "online", {@code schedule} the meetings already formatted one a
 * line, {@code reason} the administrator's reason, {@code position} the place on the waiting list (a number),
 * {@code firstMeeting} the date and time of the first meeting, {@code link} the address of the trainee's
 * "My training" page.
 */
public enum MailKind {
    /** A new account: values {@code name}, {@code username}, {@code link}, {@code validHours}. */
    INVITATION,
    /** Forgot password: values {@code name}, {@code username}, {@code link}, {@code validHours}. */
    PASSWORD_RESET,
    /** A cohort the trainee was in or waiting for is cancelled: {@code name}, {@code course}, {@code cohort},
     * {@code startsOn}, {@code endsOn}, {@code venue}, {@code reason}. */
    COHORT_CANCELLED,
    /** The trainee has a seat in a cohort: values {@code name}, {@code course}, {@code cohort}, {@code startsOn},
     * {@code endsOn}, {@code venue}, {@code schedule}, {@code link}. */
    ENROLMENT_CONFIRMED,
    /** The request is received and waits for the centre's approval: values {@code name}, {@code course},
     * {@code cohort}, {@code startsOn}, {@code endsOn}, {@code venue}, {@code link}. */
    ENROLMENT_REQUESTED,
    /** A partner coordinator nominated the trainee, and the centre has still to approve: the values of
     * {@code ENROLMENT_REQUESTED} and {@code organisation}, the nominating organisation's name. */
    ENROLMENT_NOMINATED,
    /** The request is approved and the trainee has a seat: values {@code name}, {@code course}, {@code cohort},
     * {@code startsOn}, {@code endsOn}, {@code venue}, {@code schedule}, {@code link}. */
    ENROLMENT_APPROVED,
    /** The request (or the place on the waiting list) is declined: values {@code name}, {@code course},
     * {@code cohort}, {@code startsOn}, {@code endsOn}, {@code venue}, {@code reason}, {@code link}. */
    ENROLMENT_DECLINED,
    /** The cohort is full and the trainee is on its waiting list: values {@code name}, {@code course},
     * {@code cohort}, {@code startsOn}, {@code endsOn}, {@code venue}, {@code position}, {@code link}. */
    ENROLMENT_WAITLISTED,
    /** A seat freed up and the trainee moved from the waiting list to enrolled: values {@code name},
     * {@code course}, {@code cohort}, {@code startsOn}, {@code endsOn}, {@code venue}, {@code schedule},
     * {@code link}. */
    ENROLMENT_PROMOTED,
    /** The trainee left a cohort (or was taken out): the values of {@code ENROLMENT_REQUESTED} and {@code by}, a
     * sentence saying whether the trainee or the centre withdrew them. */
    ENROLMENT_WITHDRAWN,
    /** The cohort starts tomorrow: values {@code name}, {@code course}, {@code cohort}, {@code startsOn},
     * {@code endsOn}, {@code venue}, {@code firstMeeting}, {@code link}. */
    COHORT_REMINDER,
    /** A certificate was issued (or reissued) to the trainee, its PDF attached: values {@code name}, {@code course},
     * {@code cohort}, {@code number} the certificate number, {@code issuedOn} and {@code validUntil} (an ISO date,
     * or the words for "no expiry"), {@code verifyLink} its public verification address, {@code link} the
     * trainee's home page where their certificates are. */
    CERTIFICATE_ISSUED,
    /** A certificate expires soon (60, 30 or 7 days before): values {@code name}, {@code course}, {@code number}
     * (the certificate's), {@code expiresOn} (ISO date), {@code nextCohort} (a sentence naming the course's next
     * cohort, or saying there is none yet), {@code link} (the course's public page). */
    CERTIFICATE_EXPIRING,
    /** The administrators' daily list of certificates that reached an expiry threshold: values {@code name} (the
     * administrator's), {@code day} (ISO date), {@code count}, {@code certificates} (one line each, already in the
     * reader's language), {@code link} (the compliance page). */
    CERTIFICATE_EXPIRY_DIGEST,
    /** A finished cohort asks the trainee to evaluate it: values {@code name}, {@code course}, {@code cohort},
     * {@code endsOn}, {@code link} (the address of the evaluation form). */
    EVALUATION_INVITATION;

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
