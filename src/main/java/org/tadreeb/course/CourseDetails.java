package org.tadreeb.course;

import static org.tadreeb.platform.FieldRules.maxLength;
import static org.tadreeb.platform.FieldRules.required;

import java.util.ArrayList;
import java.util.List;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.FieldRules;

/**
 * What a form or the API says about a course, before it is checked and applied. The category and the
 * prerequisites are given by code. Numbers are boxed: a missing number is reported, not taken as zero. No rule
 * for excused absences means the default, {@link ExcusedAbsences#LEFT_OUT}.
 */
public record CourseDetails(String code, String titleArabic, String titleEnglish, String summaryArabic,
                            String summaryEnglish, String objectivesArabic, String objectivesEnglish,
                            String categoryCode, DeliveryMode deliveryMode, Integer contactHours,
                            Integer minimumAttendance, ExcusedAbsences excusedAbsences, Integer certificateMonths,
                            Integer defaultSeats, AssessmentScheme scheme, List<String> prerequisiteCodes) {

    /** Capital letters, digits and dashes, starting with a letter: CP101, LEAD-2. */

    public CourseDetails {
        prerequisiteCodes = prerequisiteCodes == null ? List.of() : List.copyOf(prerequisiteCodes);
        scheme = scheme == null ? new AssessmentScheme(List.of(), null) : scheme;
        excusedAbsences = excusedAbsences == null ? ExcusedAbsences.LEFT_OUT : excusedAbsences;
    }

    /** The rules a course's details meet on their own, whatever the catalogue holds. */
    public List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        if (isBlank(code)) {
            errors.add(new FieldError("code", "input.error.required"));
        } else if (!CourseCode.of(code).isWellFormed()) {
            errors.add(new FieldError("code", "course.error.codeFormat", code.strip()));
        }
        required(errors, "titleArabic", titleArabic, Course.MAX_TITLE);
        required(errors, "titleEnglish", titleEnglish, Course.MAX_TITLE);
        maxLength(errors, "summaryArabic", summaryArabic, Course.MAX_SUMMARY);
        maxLength(errors, "summaryEnglish", summaryEnglish, Course.MAX_SUMMARY);
        maxLength(errors, "objectivesArabic", objectivesArabic, Course.MAX_OBJECTIVES);
        maxLength(errors, "objectivesEnglish", objectivesEnglish, Course.MAX_OBJECTIVES);
        if (isBlank(categoryCode)) {
            errors.add(new FieldError("category", "input.error.required"));
        }
        if (deliveryMode == null) {
            errors.add(new FieldError("deliveryMode", "input.error.required"));
        }
        range(errors, "contactHours", contactHours, 1, Course.MAX_HOURS, true);
        range(errors, "minimumAttendance", minimumAttendance, 0, 100, true);
        range(errors, "certificateMonths", certificateMonths, 1, Course.MAX_CERTIFICATE_MONTHS, false);
        range(errors, "defaultSeats", defaultSeats, 1, Course.MAX_SEATS, true);
        errors.addAll(scheme.check());
        return errors;
    }

    private static void range(List<FieldError> errors, String field, Integer value, int min, int max, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "input.error.required"));
            }
        } else if (value < min || value > max) {
            errors.add(new FieldError(field, "input.error.range", min, max));
        }
    }

    static boolean isBlank(String value) {
        return FieldRules.isBlank(value);
    }
}
