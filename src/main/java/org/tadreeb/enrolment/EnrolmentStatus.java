package org.tadreeb.enrolment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a trainee stands in a cohort. Requested, enrolled and waitlisted are live (the trainee holds or waits for a
 * seat); declined and withdrawn can be asked again; completed and failed are final.
 */
public enum EnrolmentStatus {
    REQUESTED, ENROLLED, WAITLISTED, DECLINED, WITHDRAWN, COMPLETED, FAILED;

    public static final Set<EnrolmentStatus> LIVE = EnumSet.of(REQUESTED, ENROLLED, WAITLISTED);

    public boolean isLive() {
        return LIVE.contains(this);
    }

    public boolean canMoveTo(EnrolmentStatus next) {
        return switch (this) {
            case REQUESTED -> next == ENROLLED || next == WAITLISTED || next == DECLINED || next == WITHDRAWN;
            case WAITLISTED -> next == ENROLLED || next == DECLINED || next == WITHDRAWN;
            case ENROLLED -> next == WITHDRAWN || next == COMPLETED || next == FAILED;
            case DECLINED, WITHDRAWN -> next == REQUESTED;
            case COMPLETED, FAILED -> false;
        };
    }

    public String messageKey() {
        return "enrolment.status." + name();
    }
}
