package org.tadreeb.cohort;

import org.tadreeb.platform.BusinessException;

/** No cohort has that code (or no meeting that id in it). Answers 404. */
public class CohortNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CohortNotFoundException(String code) {
        super(404, "cohort.error.notFound", code);
    }
}
