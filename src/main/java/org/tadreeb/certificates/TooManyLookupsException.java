package org.tadreeb.certificates;

import org.tadreeb.platform.BusinessException;

/** Too many failed certificate look-ups from one address lately. Answers 429. */
public class TooManyLookupsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TooManyLookupsException() {
        super(429, "certificate.error.tooManyLookups");
    }
}
