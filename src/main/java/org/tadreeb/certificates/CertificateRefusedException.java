package org.tadreeb.certificates;

import org.tadreeb.platform.BusinessException;

/** A certificate rule said no: not eligible, no reason given, already revoked or replaced. Answers 409. */
public class CertificateRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CertificateRefusedException(String messageKey, Object... arguments) {
        super(409, messageKey, arguments);
    }
}
