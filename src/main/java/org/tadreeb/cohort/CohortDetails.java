package org.tadreeb.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.FieldRules;

/**
 * What a form or the API says about a cohort's plan, before it is checked and applied. The course, the venue and
 * the instructors are given by code and username; a missing number is reported, not taken as zero. The venue may
 * be left out for a remote cohort.
 */
public record CohortDetails(String code, String courseCode, LocalDate startsOn, LocalDate endsOn, String venueCode,
                            Integer seatLimit, LocalDate enrolmentOpensOn, LocalDate enrolmentClosesOn,
                            boolean needsApproval, List<String> instructorUsernames) {

    /** Capital letters, digits and dashes, starting with a letter: CP101-A, CP205-2027-1. */
    /** A cohort runs for at most a year. */
    static final int MAX_DAYS = 366;

    public CohortDetails {
        instructorUsernames = instructorUsernames == null ? List.of()
                : instructorUsernames.stream().filter(u -> u != null && !u.isBlank()).map(String::strip).distinct().toList();
    }

    public String normalisedCode() {
        return CohortCode.of(code).value();
    }

    /** The rules the details meet on their own, whatever the database holds. */
    public List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        if (FieldRules.isBlank(code)) {
            errors.add(new FieldError("code", "input.error.required"));
        } else if (!CohortCode.of(code).isWellFormed()) {
            errors.add(new FieldError("code", "cohort.error.codeFormat", code.strip()));
        }
        if (FieldRules.isBlank(courseCode)) {
            errors.add(new FieldError("course", "input.error.required"));
        }
        if (startsOn == null) {
            errors.add(new FieldError("startsOn", "input.error.required"));
        }
        if (endsOn == null) {
            errors.add(new FieldError("endsOn", "input.error.required"));
        }
        if (startsOn != null && endsOn != null) {
            if (endsOn.isBefore(startsOn)) {
                errors.add(new FieldError("endsOn", "cohort.error.endsBeforeStart"));
            } else if (startsOn.plusDays(MAX_DAYS).isBefore(endsOn)) {
                errors.add(new FieldError("endsOn", "cohort.error.tooLong", MAX_DAYS));
            }
        }
        if (seatLimit == null) {
            errors.add(new FieldError("seatLimit", "input.error.required"));
        } else if (seatLimit < 1 || seatLimit > Cohort.MAX_SEATS) {
            errors.add(new FieldError("seatLimit", "input.error.range", 1, Cohort.MAX_SEATS));
        }
        if (enrolmentOpensOn != null && enrolmentClosesOn != null && enrolmentClosesOn.isBefore(enrolmentOpensOn)) {
            errors.add(new FieldError("enrolmentClosesOn", "cohort.error.windowReversed"));
        } else if (enrolmentClosesOn != null && endsOn != null && enrolmentClosesOn.isAfter(endsOn)) {
            errors.add(new FieldError("enrolmentClosesOn", "cohort.error.windowAfterEnd"));
        }
        return errors;
    }
}
