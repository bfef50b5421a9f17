package org.tadreeb.enrolment;

import jakarta.json.JsonObjectBuilder;
import org.tadreeb.cohort.CohortSummary;

/** A trainee's place in a cohort, as their home page lists it. */
public record EnrolmentSummary(CohortSummary cohort, EnrolmentStatus status) {

    public JsonObjectBuilder toJson() {
        return cohort.toJson().add("enrolmentStatus", status.name());
    }
}
