package org.tadreeb.cohort;

import org.tadreeb.platform.BusinessException;

/** A room or an instructor would be in two places at once; the message names the other cohort. Answers 409. */
public class ClashException extends BusinessException {

    private static final long serialVersionUID = 1L;

    ClashException(String messageKey, Object... arguments) {
        super(409, messageKey, arguments);
    }
}
