package org.tadreeb.certificates;

import java.util.List;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.Code;

/**
 * What the compliance view asks: certificates expired or expiring within {@code withinDays} days (0 for those
 * already expired), optionally of one course, organisation or governorate (by code; null for any).
 */
public record ComplianceFilter(int withinDays, String course, String organisation, String governorate) {

    public static final int DEFAULT_DAYS = 60;
    public static final int MAX_DAYS = 3650;

    public ComplianceFilter {
        if (withinDays < 0 || withinDays > MAX_DAYS) {
            throw new InvalidInputException(List.of(new FieldError("withinDays", "expiry.error.withinDays", 0, MAX_DAYS)));
        }
        course = code(course);
        organisation = code(organisation);
        governorate = code(governorate);
    }

    /** From a form or a query string: no number means the default. */
    public static ComplianceFilter of(Integer withinDays, String course, String organisation, String governorate) {
        return new ComplianceFilter(withinDays == null ? DEFAULT_DAYS : withinDays, course, organisation, governorate);
    }

    /** From a query string: a number that cannot be read is out of range like any other. */
    public static ComplianceFilter fromQuery(String withinDays, String course, String organisation, String governorate) {
        Integer days = null;
        if (withinDays != null && !withinDays.isBlank()) {
            try {
                days = Integer.valueOf(withinDays.strip());
            } catch (NumberFormatException unreadable) {
                days = -1;
            }
        }
        return of(days, course, organisation, governorate);
    }

    private static String code(String value) {
        return value == null || value.isBlank() ? null : Code.normalise(value);
    }
}
