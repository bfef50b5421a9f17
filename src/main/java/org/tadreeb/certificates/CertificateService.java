package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tadreeb.cohort.CohortNotFoundException;
import org.tadreeb.enrolment.Enrolment;
import org.tadreeb.enrolment.EnrolmentRepository;
import org.tadreeb.platform.AccessDeniedException;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.audit.AuditLog;

/**
 * Issues, revokes and reissues certificates (administrators), and hands a certificate to its holder or an
 * administrator. Each public method is one transaction; every change is audited.
 */
@ApplicationScoped
public class CertificateService {

    static final String AUDIT_TYPE = "Certificate";
    /** Base 32 without the letters and digits people confuse (0/O, 1/I/L). */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int CODE_LENGTH = 12;

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CertificateRepository certificates;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CertificateCounters counters;

    @Inject
    CertificateSettings settings;

    @Inject
    CentreClock clock;

    @Inject
    AuditLog audit;

    @Inject
    CertificateMail mail;

    /** What issuing one enrolment did: made a certificate, or found the one it already has. */
    public record Issued(String number, boolean created) {
    }

    /**
     * Issues the enrolment's certificate, or returns the one it already has. Two simultaneous issues for one
     * enrolment queue on the year's counter row; the second then finds the first's certificate. Should anything
     * get past that, the unique key on the live enrolment refuses the duplicate and this transaction rolls back.
     */
    @Transactional
    public Issued issue(long enrolmentId, String by) {
        Enrolment enrolment = entityManager.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new CertificateRefusedException("certificate.error.notEligible");
        }
        Optional<Certificate> existing = certificates.currentOf(enrolment);
        if (existing.isPresent()) {
            return new Issued(existing.get().getNumber(), false);
        }
        LocalDate today = clock.today();
        CertificateCounter counter = counters.lock(today.getYear());
        // Under the lock, an issue that got there first has committed (READ COMMITTED): no number is used up.
        existing = certificates.currentOf(enrolment);
        if (existing.isPresent()) {
            return new Issued(existing.get().getNumber(), false);
        }
        CertificateNumber number = new CertificateNumber(settings.prefix(), today.getYear(), counter.next());
        Certificate certificate = new Certificate(enrolment, number, newCode(), today, settings.signatory(), by, Instant.now());
        certificates.persist(certificate);
        certificates.flush();
        audit.record("certificate.issued", AUDIT_TYPE, certificate.getNumber(), null, describe(certificate));
        mail.issued(certificate);
        return new Issued(certificate.getNumber(), true);
    }

    /** Issues the certificate of one trainee of a cohort (by service number). */
    @Transactional
    public Issued issue(String cohortCode, String serviceNumber, String by) {
        long id = enrolments.idOf(cohortCode, serviceNumber)
                .orElseThrow(() -> new CertificateRefusedException("certificate.error.notEligible"));
        return issue(id, by);
    }

    /** Whether the enrolment has a current certificate (what a failed issue in a bulk run asks afterwards). */
    @Transactional
    public boolean hasCertificate(long enrolmentId) {
        Enrolment enrolment = entityManager.find(Enrolment.class, enrolmentId);
        return enrolment != null && certificates.currentOf(enrolment).isPresent();
    }

    @Transactional
    public CertificateView revoke(String number, String reason, String by) {
        Certificate certificate = certificates.lockByNumber(number);
        String before = describe(certificate);
        certificate.revoke(reason, by, Instant.now());
        audit.record("certificate.revoked", AUDIT_TYPE, number, before, describe(certificate));
        return CertificateView.of(certificate, clock.today(), clock.zone());
    }

    /**
     * A new certificate for the same enrolment that replaces this one, which is revoked (with the reason) if it
     * was not already. The enrolment must still be a pass.
     */
    @Transactional
    public CertificateView reissue(String number, String reason, String by) {
        Certificate old = certificates.lockByNumber(number);
        String before = describe(old);
        Instant now = Instant.now();
        old.retireFor(reason, by, now);
        certificates.flush();
        LocalDate today = clock.today();
        CertificateNumber newNumber = new CertificateNumber(settings.prefix(), today.getYear(),
                counters.lock(today.getYear()).next());
        Certificate replacement = Certificate.replacing(old, newNumber, newCode(), today, settings.signatory(), by, now);
        certificates.persist(replacement);
        certificates.flush();
        audit.record("certificate.reissued", AUDIT_TYPE, number, before, describe(old) + "; replaced by " + replacement.getNumber());
        audit.record("certificate.issued", AUDIT_TYPE, replacement.getNumber(), null,
                describe(replacement) + "; replaces " + number);
        mail.issued(replacement);
        return CertificateView.of(replacement, today, clock.zone());
    }

    /** A certificate for its holder or an administrator; anyone else is refused (403). */
    @Transactional
    public CertificateView viewFor(String number, String username, boolean administrator) {
        Certificate certificate = certificates.getByNumber(number);
        if (!administrator && !isHolder(certificate, username)) {
            throw new AccessDeniedException();
        }
        return CertificateView.of(certificate, clock.today(), clock.zone());
    }

    /**
     * A certificate read for the mail outbox, which sends it only to its holder: no caller to check.
     * Callers that answer a person use {@link #viewFor}.
     */
    @Transactional
    public CertificateView viewForMail(String number) {
        return CertificateView.of(certificates.getByNumber(number), clock.today(), clock.zone());
    }

    /**
     * The certificates of a cohort to print: each passed trainee's current certificate unless it is revoked, in
     * roster order (by service number). Empty when none is issued yet; an unknown cohort is refused (404).
     */
    @Transactional
    public List<CertificateView> printableOf(String cohortCode) {
        if (!certificates.cohortExists(cohortCode)) {
            throw new CohortNotFoundException(cohortCode);
        }
        LocalDate today = clock.today();
        return certificates.rosterOf(cohortCode).stream()
                .map(row -> (Certificate) row[1])
                .filter(certificate -> certificate != null && !certificate.isRevoked())
                .map(certificate -> CertificateView.of(certificate, today, clock.zone()))
                .toList();
    }

    @Transactional
    public List<CertificateView> heldBy(String username) {
        LocalDate today = clock.today();
        return certificates.currentOfHolder(username).stream()
                .map(c -> CertificateView.of(c, today, clock.zone())).toList();
    }

    /** A cohort's passed trainees, each with their current certificate (if any). */
    @Transactional
    public List<CohortCertificate> ofCohort(String cohortCode) {
        LocalDate today = clock.today();
        return certificates.rosterOf(cohortCode).stream().map(row -> {
            Enrolment enrolment = (Enrolment) row[0];
            Certificate certificate = (Certificate) row[1];
            return new CohortCertificate(enrolment.getId(), enrolment.getTrainee().getServiceNumber(),
                    enrolment.getTrainee().getNameArabic(), enrolment.getTrainee().getNameLatin(),
                    enrolment.getStatus(), certificate == null ? null : certificate.getNumber(),
                    certificate == null ? null : certificate.statusOn(today),
                    certificate == null ? null : certificate.getIssuedOn());
        }).toList();
    }

    @Transactional
    public boolean cohortExists(String cohortCode) {
        return certificates.cohortExists(cohortCode);
    }

    private boolean isHolder(Certificate certificate, String username) {
        return username != null && certificates.personIdOf(username)
                .filter(id -> id.equals(certificate.getEnrolment().getTrainee().getId())).isPresent();
    }

    private String newCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    /** The audit's picture of a certificate; never the verification code. */
    private static String describe(Certificate certificate) {
        return certificate.getNumber() + (certificate.isRevoked() ? " REVOKED" : " VALID")
                + " enrolment=" + certificate.getEnrolment().getId()
                + " issuedOn=" + certificate.getIssuedOn()
                + (certificate.getExpiresOn() == null ? "" : " expiresOn=" + certificate.getExpiresOn())
                + (certificate.getRevokeReason() == null ? "" : " reason=" + certificate.getRevokeReason());
    }
}
