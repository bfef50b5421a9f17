package org.tadreeb.certificates;

/** Where a certificate stands. Only VALID and REVOKED are stored; EXPIRED follows from the expiry date. */
public enum CertificateStatus {
    VALID, REVOKED, EXPIRED;

    public String messageKey() {
        return "certificate.status." + name();
    }
}
