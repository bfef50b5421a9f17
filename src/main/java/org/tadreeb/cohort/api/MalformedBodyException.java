package org.tadreeb.cohort.api;

import org.tadreeb.platform.BusinessException;

/** A request that needs a JSON object as its body came without one. Answers 400. */
class MalformedBodyException extends BusinessException {

    private static final long serialVersionUID = 1L;

    MalformedBodyException() {
        super(400, "api.error.malformedBody");
    }
}
