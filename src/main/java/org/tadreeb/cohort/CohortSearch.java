package org.tadreeb.cohort;

import java.time.LocalDate;

/**
 * Which cohorts to list: of a course, overlapping the dates from–to, in a governorate, at a venue, taught by an
 * instructor, in a status. Every part is optional.
 */
public record CohortSearch(String courseCode, LocalDate from, LocalDate to, String governorateCode, String venueCode,
                           String instructorUsername, CohortStatus status) {

    public static CohortSearch everything() {
        return new CohortSearch(null, null, null, null, null, null, null);
    }
}
