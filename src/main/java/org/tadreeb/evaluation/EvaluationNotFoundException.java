package org.tadreeb.evaluation;

import org.tadreeb.platform.BusinessException;

/** No such evaluation for this trainee: an unknown one and another trainee's look exactly alike (404). */
public class EvaluationNotFoundException extends BusinessException {

    public EvaluationNotFoundException() {
        super(404, "evaluation.error.notFound");
    }
}
