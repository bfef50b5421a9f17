package org.tadreeb.certificates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The record that a certificate's holder was reminded that it expires: once per certificate and threshold (60, 30
 * or 7 days before), whether or not a mail could go (a holder without an e-mail address is still listed in the
 * administrators' digest). Made only by {@link CertificateReminders#remind}, whose INSERT IGNORE on the unique
 * key is the claim that keeps two application instances from reminding twice; read here.
 */
@Entity
@Table(name = "certificate_reminder")
public class CertificateReminder {

    @Id
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "certificate_id", nullable = false, updatable = false)
    private Certificate certificate;

    @Column(name = "threshold_days", nullable = false, updatable = false)
    private int thresholdDays;

    @Column(name = "reminded_on", nullable = false, updatable = false)
    private LocalDate remindedOn;

    @Column(nullable = false, updatable = false)
    private boolean mailed;

    @Column(name = "digest_run", length = 36)
    private String digestRun;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CertificateReminder() {
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public int getThresholdDays() {
        return thresholdDays;
    }

    public LocalDate getRemindedOn() {
        return remindedOn;
    }

    public boolean isMailed() {
        return mailed;
    }

    public String getDigestRun() {
        return digestRun;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
