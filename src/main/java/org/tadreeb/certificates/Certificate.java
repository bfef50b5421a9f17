package org.tadreeb.certificates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.tadreeb.enrolment.Enrolment;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.platform.BusinessException;

/**
 * A certificate: the centre's proof that a trainee passed a cohort. It carries a number that people read
 * ({@link CertificateNumber}), a code that only the holder knows (printed in the QR code) so that the number
 * alone reveals nothing, the signatory at the time of issue, and an expiry from the course's validity.
 *
 * <p>An enrolment has at most one current certificate: {@code liveEnrolment} is the enrolment while this is the
 * current one and becomes empty when a reissue replaces it; the database's unique key on it decides between two
 * simultaneous issues. A revoked certificate stays revoked; a reissue makes a new one that {@code replaces} it.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = Certificate.BY_NUMBER, query = """
        SELECT c FROM Certificate c
        JOIN FETCH c.enrolment e
        JOIN FETCH e.trainee
        JOIN FETCH e.cohort h
        JOIN FETCH h.course
        WHERE c.number = :number""")
@NamedQuery(name = Certificate.CURRENT_OF_ENROLMENT, query = """
        SELECT c FROM Certificate c
        WHERE c.liveEnrolment = :enrolment""")
public class Certificate {

    public static final String BY_NUMBER = "Certificate.byNumber";
    public static final String CURRENT_OF_ENROLMENT = "Certificate.currentOfEnrolment";
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_number", nullable = false, updatable = false, length = 40)
    private String number;

    @Column(name = "verification_code", nullable = false, updatable = false, length = 32)
    private String verificationCode;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "live_enrolment_id")
    private Enrolment liveEnrolment;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaces_id", updatable = false)
    private Certificate replaces;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    @Column(name = "signatory_name_ar", nullable = false, updatable = false, length = 200)
    private String signatoryNameArabic;

    @Column(name = "signatory_name_en", nullable = false, updatable = false, length = 200)
    private String signatoryNameEnglish;

    @Column(name = "signatory_title_ar", nullable = false, updatable = false, length = 200)
    private String signatoryTitleArabic;

    @Column(name = "signatory_title_en", nullable = false, updatable = false, length = 200)
    private String signatoryTitleEnglish;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CertificateStatus status;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 80)
    private String issuedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 80)
    private String revokedBy;

    @Column(name = "revoke_reason", length = MAX_REASON)
    private String revokeReason;

    @Version
    private long version;

    protected Certificate() {
    }

    /**
     * A certificate for a passed enrolment; refused for any other. Valid from the day of issue for the course's
     * certificate validity (in months), or for ever when the course sets none.
     */
    public Certificate(Enrolment enrolment, CertificateNumber number, String verificationCode, LocalDate issuedOn,
                       Signatory signatory, String issuedBy, Instant at) {
        if (enrolment.getStatus() != EnrolmentStatus.COMPLETED) {
            throw new CertificateRefusedException("certificate.error.notEligible");
        }
        this.enrolment = enrolment;
        this.liveEnrolment = enrolment;
        this.number = number.toString();
        this.verificationCode = verificationCode;
        this.issuedOn = issuedOn;
        Integer months = enrolment.getCohort().getCourse().getCertificateMonths();
        this.expiresOn = months == null ? null : issuedOn.plusMonths(months);
        this.signatoryNameArabic = signatory.nameArabic();
        this.signatoryNameEnglish = signatory.nameEnglish();
        this.signatoryTitleArabic = signatory.titleArabic();
        this.signatoryTitleEnglish = signatory.titleEnglish();
        this.status = CertificateStatus.VALID;
        this.issuedAt = at;
        this.issuedBy = issuedBy;
    }

    /** Withdraws the certificate for a stated reason; it stays on record, revoked, for ever. */
    public void revoke(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new CertificateRefusedException("certificate.error.reasonRequired");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new BusinessException("input.error.tooLong", MAX_REASON);
        }
        if (status == CertificateStatus.REVOKED) {
            throw new CertificateRefusedException("certificate.error.alreadyRevoked", number);
        }
        status = CertificateStatus.REVOKED;
        revokeReason = reason.strip();
        revokedBy = by;
        revokedAt = at;
    }

    /**
     * A replacement for this certificate: this one is revoked (if it was not already) and stops being the
     * enrolment's current certificate. Call {@link #replacedBy} once this change is flushed, so that the
     * replacement never meets this row on the unique key.
     */
    public void retireFor(String reason, String by, Instant at) {
        if (liveEnrolment == null) {
            throw new CertificateRefusedException("certificate.error.alreadyReplaced", number);
        }
        if (status != CertificateStatus.REVOKED) {
            revoke(reason, by, at);
        }
        liveEnrolment = null;
    }

    /** The new certificate that replaces a retired one. */
    public static Certificate replacing(Certificate retired, CertificateNumber number, String verificationCode,
                                        LocalDate issuedOn, Signatory signatory, String by, Instant at) {
        if (retired.liveEnrolment != null) {
            throw new IllegalStateException("Retire " + retired.number + " before replacing it");
        }
        Certificate replacement = new Certificate(retired.enrolment, number, verificationCode, issuedOn, signatory, by, at);
        replacement.replaces = retired;
        return replacement;
    }

    /** The status on a day: a valid certificate past its expiry date has expired. */
    public CertificateStatus statusOn(LocalDate day) {
        if (status == CertificateStatus.VALID && expiresOn != null && !day.isBefore(expiresOn)) {
            return CertificateStatus.EXPIRED;
        }
        return status;
    }

    /** Whether the code matches, in constant time (the code is what keeps a number from revealing anything). */
    public boolean hasCode(String code) {
        if (code == null) {
            return false;
        }
        return MessageDigest.isEqual(verificationCode.getBytes(StandardCharsets.US_ASCII),
                code.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    public boolean isRevoked() {
        return status == CertificateStatus.REVOKED;
    }

    public boolean isCurrent() {
        return liveEnrolment != null;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public Certificate getReplaces() {
        return replaces;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Signatory getSignatory() {
        return new Signatory(signatoryNameArabic, signatoryNameEnglish, signatoryTitleArabic, signatoryTitleEnglish);
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevokeReason() {
        return revokeReason;
    }
}
