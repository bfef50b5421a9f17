package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tadreeb.course.Course;
import org.tadreeb.people.Person;
import org.tadreeb.people.Role;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.platform.mail.MailKind;
import org.tadreeb.platform.mail.Outbox;

/**
 * Expiry reminders: which certificates reach a threshold on a day, the trainee's reminder (claimed in the database
 * so that it goes exactly once, whichever instance runs the round) and the administrators' digest. Only a holder's
 * latest valid certificate of a course counts: a revoked or replaced certificate, or one whose holder already has a
 * newer valid certificate of the course, is not reminded.
 */
@ApplicationScoped
public class CertificateReminders {

    /**
     * JPQL: the certificate {@code c} of enrolment {@code e} is its holder's latest valid certificate of the course
     * (no other current valid certificate of the same person and course lasts longer), as an {@code AND} clause.
     * Needs {@code :valid}.
     */
    static final String LATEST_OF_COURSE = """
            AND NOT EXISTS (SELECT n.id FROM Certificate n
                JOIN n.enrolment ne
                JOIN ne.cohort nh
                WHERE n.liveEnrolment IS NOT NULL
                AND n.status = :valid
                AND ne.trainee = e.trainee
                AND nh.course = h.course
                AND n.id <> c.id
                AND (n.expiresOn IS NULL OR n.expiresOn > c.expiresOn OR (n.expiresOn = c.expiresOn AND n.id > c.id)))""";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    CertificateSettings settings;

    @Inject
    Recertification recertification;

    /** A certificate that reaches a threshold on a day. */
    public record Due(long certificateId, int thresholdDays) {
    }

    /**
     * The certificates to remind on a day, each with the most urgent threshold it is inside and has not been
     * reminded for, in the database: one query per threshold, over the current valid certificates expiring
     * within it.
     */
    @Transactional
    public List<Due> dueOn(LocalDate day) {
        List<Due> due = new ArrayList<>();
        for (int threshold : ExpiryThresholds.DAYS) {
            entityManager.createQuery("""
                            SELECT c.id FROM Certificate c
                            JOIN c.enrolment e
                            JOIN e.cohort h
                            WHERE c.liveEnrolment IS NOT NULL
                            AND c.status = :valid
                            AND c.expiresOn > :after
                            AND c.expiresOn <= :until
                            AND NOT EXISTS (SELECT r.id FROM CertificateReminder r
                                WHERE r.certificate = c AND r.thresholdDays <= :threshold)
                            """ + LATEST_OF_COURSE + """

                            ORDER BY c.id""", Long.class)
                    .setParameter("valid", CertificateStatus.VALID)
                    .setParameter("after", day.plusDays(ExpiryThresholds.below(threshold)))
                    .setParameter("until", day.plusDays(threshold))
                    .setParameter("threshold", threshold)
                    .getResultList()
                    .forEach(id -> due.add(new Due(id, threshold)));
        }
        return due;
    }

    /**
     * Reminds the holder of one certificate for a threshold, once: the reminder's row is claimed with INSERT IGNORE
     * on its unique key, and only the transaction whose insert made the row queues the mail (in the same
     * transaction, so a failure loses neither). A rival instance's insert waits for this one's commit and then
     * finds the row. Answers whether this call reminded; false when the certificate was revoked or replaced
     * meanwhile, is no longer inside the threshold, or someone else claimed it.
     */
    @Transactional
    public boolean remind(long certificateId, int thresholdDays, LocalDate day) {
        Certificate certificate = entityManager.createQuery("""
                        SELECT c FROM Certificate c
                        JOIN FETCH c.enrolment e
                        JOIN FETCH e.trainee
                        JOIN FETCH e.cohort h
                        JOIN FETCH h.course
                        WHERE c.id = :id""", Certificate.class)
                .setParameter("id", certificateId)
                .getResultStream().findFirst().orElse(null);
        if (certificate == null || !certificate.isCurrent() || certificate.isRevoked() || certificate.getExpiresOn() == null) {
            return false;
        }
        OptionalInt threshold = ExpiryThresholds.thresholdOn(day, certificate.getExpiresOn());
        if (threshold.isEmpty() || threshold.getAsInt() != thresholdDays) {
            return false;
        }
        Person holder = certificate.getEnrolment().getTrainee();
        boolean mailable = holder.getEmail() != null && !holder.getEmail().isBlank();
        int claimed = entityManager.createNativeQuery("""
                        INSERT IGNORE INTO certificate_reminder
                        (certificate_id, threshold_days, reminded_on, mailed, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .setParameter(1, certificateId)
                .setParameter(2, thresholdDays)
                .setParameter(3, java.sql.Date.valueOf(day))
                .setParameter(4, mailable)
                .setParameter(5, Timestamp.from(Instant.now()))
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        if (mailable) {
            outbox.queue(holder.getEmail(), holder.getPreferredLanguage(), MailKind.CERTIFICATE_EXPIRING,
                    expiringValues(certificate, holder, day));
        }
        return true;
    }

    /**
     * The administrators' digest of every reminder not yet in one: the rows are claimed for this digest by one
     * UPDATE (a rival's waits and then finds none), and each administrator with an e-mail address gets the list in
     * their language. Answers how many reminders it listed; none and no mail when nothing was due.
     */
    @Transactional
    public int sendDigest(LocalDate day) {
        String run = UUID.randomUUID().toString();
        int listed = entityManager.createNativeQuery("""
                        UPDATE certificate_reminder SET digest_run = ?
                        WHERE digest_run IS NULL AND reminded_on <= ?""")
                .setParameter(1, run)
                .setParameter(2, java.sql.Date.valueOf(day))
                .executeUpdate();
        if (listed == 0) {
            return 0;
        }
        List<CertificateReminder> reminders = entityManager.createQuery("""
                        SELECT r FROM CertificateReminder r
                        JOIN FETCH r.certificate c
                        JOIN FETCH c.enrolment e
                        JOIN FETCH e.trainee
                        JOIN FETCH e.cohort h
                        JOIN FETCH h.course
                        WHERE r.digestRun = :run
                        ORDER BY c.expiresOn, c.number""", CertificateReminder.class)
                .setParameter("run", run)
                .getResultList();
        for (Person administrator : administrators()) {
            Language language = administrator.getPreferredLanguage();
            Locale locale = language.locale();
            Map<String, String> values = new HashMap<>();
            values.put("name", administrator.displayName(locale));
            values.put("day", day.toString());
            values.put("count", String.valueOf(reminders.size()));
            values.put("certificates", reminders.stream().map(r -> digestLine(r, language)).collect(Collectors.joining("\n")));
            values.put("link", settings.publicUrl() + "/admin/compliance.xhtml");
            outbox.queue(administrator.getEmail(), language, MailKind.CERTIFICATE_EXPIRY_DIGEST, values);
        }
        return reminders.size();
    }

    /** Active administrators with an e-mail address. */
    List<Person> administrators() {
        return entityManager.createQuery("""
                        SELECT p FROM Account a
                        JOIN a.person p
                        WHERE :administrator MEMBER OF a.roles
                        AND p.active = TRUE
                        AND p.email IS NOT NULL
                        ORDER BY p.id""", Person.class)
                .setParameter("administrator", Role.ADMINISTRATOR)
                .getResultList().stream().filter(p -> !p.getEmail().isBlank()).toList();
    }

    private Map<String, String> expiringValues(Certificate certificate, Person holder, LocalDate day) {
        Language language = holder.getPreferredLanguage();
        Locale locale = language.locale();
        Course course = certificate.getEnrolment().getCohort().getCourse();
        Recertification.NextCohort next = recertification.nextCohorts(List.of(course.getCode()), day).get(course.getCode());
        Map<String, String> values = new HashMap<>();
        values.put("name", holder.displayName(locale));
        values.put("course", course.title(locale));
        values.put("number", certificate.getNumber());
        values.put("expiresOn", certificate.getExpiresOn().toString());
        values.put("nextCohort", next == null ? Messages.text(language, "expiry.mail.noCohort")
                : Messages.text(language, "expiry.mail.nextCohort", next.code(), next.startsOn().toString()));
        values.put("link", settings.publicUrl() + "/courses/" + course.getCode());
        return values;
    }

    private static String digestLine(CertificateReminder reminder, Language language) {
        Certificate certificate = reminder.getCertificate();
        Person holder = certificate.getEnrolment().getTrainee();
        Locale locale = language.locale();
        return Messages.text(language, reminder.isMailed() ? "expiry.digest.line" : "expiry.digest.lineNoMail",
                certificate.getNumber(), holder.displayName(locale), holder.getServiceNumber(),
                certificate.getEnrolment().getCohort().getCourse().title(locale),
                certificate.getExpiresOn().toString(), String.valueOf(reminder.getThresholdDays()));
    }
}
