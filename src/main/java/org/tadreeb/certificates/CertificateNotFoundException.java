package org.tadreeb.certificates;

import org.tadreeb.platform.BusinessException;

/** No certificate has that number (or the caller may not know that it has). Answers 404. */
public class CertificateNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CertificateNotFoundException(String number) {
        super(404, "certificate.error.notFound", number);
    }
}
