package org.tadreeb.enrolment;

import jakarta.json.JsonObjectBuilder;
import org.tadreeb.cohort.CohortSummary;

/**
 * A trainee's place in a cohort, as their home page lists it: the status, the place on the waiting list when
 * waitlisted, the reason when declined, and whether the trainee may still withdraw themselves (the cohort has not
 * started).
 */
public record EnrolmentSummary(CohortSummary cohort, EnrolmentStatus status, Integer waitlistPosition, String reason,
                               boolean withdrawable) {

    public EnrolmentSummary(CohortSummary cohort, EnrolmentStatus status) {
        this(cohort, status, null, null, false);
    }

    public JsonObjectBuilder toJson() {
        JsonObjectBuilder json = cohort.toJson().add("enrolmentStatus", status.name());
        if (waitlistPosition != null) {
            json.add("waitlistPosition", waitlistPosition);
        }
        if (reason != null) {
            json.add("reason", reason);
        }
        return json;
    }
}
