package org.tadreeb.enrolment;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.tadreeb.people.Person;

/**
 * Where a trainee stands in a cohort after a request or a decision: the status, the place on the waiting list
 * when waitlisted, the reason when declined, and whether this call changed anything (a repeated request does not).
 */
public record EnrolmentOutcome(String cohortCode, String serviceNumber, String nameArabic, String nameLatin,
                               EnrolmentStatus status, Integer waitlistPosition, String reason, boolean changed)
        implements Serializable {

    /**
     * Looked up once: each {@code Json.createObjectBuilder()} looks for the JSON provider again (JsonProvider's
     * documentation asks callers to keep it), which cost more than building the answer (docs/performance.md).
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** Where the enrolment stands now; {@code waitlistPosition} as {@link EnrolmentRepository#waitlistPosition} counts it. */
    static EnrolmentOutcome of(Enrolment enrolment, Integer waitlistPosition, boolean changed) {
        Person trainee = enrolment.getTrainee();
        return new EnrolmentOutcome(enrolment.getCohort().getCode(), trainee.getServiceNumber(), trainee.getNameArabic(),
                trainee.getNameLatin(), enrolment.getStatus(), waitlistPosition, enrolment.getReason(), changed);
    }

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameArabic : nameLatin;
    }

    public JsonObjectBuilder toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("cohort", cohortCode)
                .add("serviceNumber", serviceNumber)
                .add("status", status.name());
        if (waitlistPosition != null) {
            json.add("waitlistPosition", waitlistPosition);
        }
        if (reason != null) {
            json.add("reason", reason);
        }
        return json;
    }
}
