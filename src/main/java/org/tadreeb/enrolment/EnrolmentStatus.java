package org.tadreeb.enrolment;

/** Where a trainee stands in a cohort. */
public enum EnrolmentStatus {
    REQUESTED, ENROLLED, WAITLISTED, DECLINED, WITHDRAWN, COMPLETED, FAILED;

    public String messageKey() {
        return "enrolment.status." + name();
    }
}
