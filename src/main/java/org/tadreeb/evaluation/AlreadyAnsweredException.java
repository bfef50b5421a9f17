package org.tadreeb.evaluation;

import org.tadreeb.platform.BusinessException;

/** The evaluation was answered before (a double click, the back button, a resend): the first answers stand (409). */
public class AlreadyAnsweredException extends BusinessException {

    public AlreadyAnsweredException(String cohortCode) {
        super(409, "evaluation.alreadyReceived", cohortCode);
    }
}
