package org.tadreeb.cohort;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a cohort is in its life: planned, open for enrolment, in progress, then completed — or cancelled at any
 * point before it completes. Completed and cancelled are final.
 */
public enum CohortStatus {
    PLANNED, OPEN, IN_PROGRESS, COMPLETED, CANCELLED;

    public static final Set<CohortStatus> LIVE = EnumSet.of(PLANNED, OPEN, IN_PROGRESS);

    public boolean canMoveTo(CohortStatus next) {
        return switch (this) {
            case PLANNED -> next == OPEN || next == IN_PROGRESS || next == CANCELLED;
            case OPEN -> next == PLANNED || next == IN_PROGRESS || next == CANCELLED;
            case IN_PROGRESS -> next == COMPLETED || next == CANCELLED;
            case COMPLETED, CANCELLED -> false;
        };
    }

    public boolean isLive() {
        return LIVE.contains(this);
    }

    public String messageKey() {
        return "cohort.status." + name();
    }
}
