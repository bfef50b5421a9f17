package org.tadreeb.cohort;

/** Where a cohort is in its life. */
public enum CohortStatus {
    PLANNED, OPEN, IN_PROGRESS, COMPLETED, CANCELLED;

    public String messageKey() {
        return "cohort.status." + name();
    }
}
