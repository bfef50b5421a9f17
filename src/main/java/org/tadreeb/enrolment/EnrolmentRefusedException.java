package org.tadreeb.enrolment;

import org.tadreeb.platform.BusinessException;

/** A trainee cannot join (or leave) a cohort, and the message says why. Answers 409. */
public class EnrolmentRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public EnrolmentRefusedException(String messageKey, Object... arguments) {
        super(409, messageKey, arguments);
    }
}
