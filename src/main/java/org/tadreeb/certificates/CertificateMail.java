package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tadreeb.people.Person;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.platform.mail.MailAttachment;
import org.tadreeb.platform.mail.MailKind;
import org.tadreeb.platform.mail.Outbox;

/**
 * Tells the trainee that their certificate is issued, in their language, with its PDF attached: queued through the
 * outbox in the issuing transaction, the PDF attached by reference ({@link CertificateAttachments} renders it when
 * the message is sent). Trainees without an e-mail address are not written to.
 */
@ApplicationScoped
public class CertificateMail {

    @Inject
    Outbox outbox;

    @Inject
    CertificateSettings settings;

    void issued(Certificate certificate) {
        Person trainee = certificate.getEnrolment().getTrainee();
        if (trainee.getEmail() == null || trainee.getEmail().isBlank()) {
            return;
        }
        Language language = trainee.getPreferredLanguage();
        Locale locale = language.locale();
        var cohort = certificate.getEnrolment().getCohort();
        Map<String, String> values = new HashMap<>();
        values.put("name", trainee.displayName(locale));
        values.put("course", cohort.getCourse().title(locale));
        values.put("cohort", cohort.getCode());
        values.put("number", certificate.getNumber());
        values.put("issuedOn", certificate.getIssuedOn().toString());
        values.put("validUntil", certificate.getExpiresOn() == null
                ? Messages.text(language, "certificateMail.noExpiry") : certificate.getExpiresOn().toString());
        values.put("verifyLink", settings.verificationUrl(certificate.getNumber(), certificate.getVerificationCode()));
        values.put("link", settings.publicUrl() + "/trainee/");
        outbox.queue(trainee.getEmail(), language, MailKind.CERTIFICATE_ISSUED, values,
                List.of(CertificateAttachments.pdfOf(certificate.getNumber())));
    }
}
