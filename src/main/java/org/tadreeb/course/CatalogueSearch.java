package org.tadreeb.course;

import java.time.LocalDate;

/**
 * A search of the public catalogue: words in either language (folded, so أحمد finds احمد), a category, a
 * delivery mode, dates between which an upcoming cohort starts, and a governorate where an upcoming cohort meets
 * (at a venue there). The dates and the governorate apply to the same cohort. Archived courses are never found.
 */
public record CatalogueSearch(String text, String categoryCode, DeliveryMode deliveryMode, LocalDate from,
                              LocalDate to, String governorateCode) {

    /** A search with no governorate. */
    public CatalogueSearch(String text, String categoryCode, DeliveryMode deliveryMode, LocalDate from, LocalDate to) {
        this(text, categoryCode, deliveryMode, from, to, null);
    }

    public static CatalogueSearch everything() {
        return new CatalogueSearch(null, null, null, null, null, null);
    }

    public boolean limitsDates() {
        return from != null || to != null;
    }

    public boolean limitsGovernorate() {
        return governorateCode != null && !governorateCode.isBlank();
    }

    /** Whether only courses with an upcoming cohort matching the dates or governorate are found. */
    public boolean needsUpcomingCohort() {
        return limitsDates() || limitsGovernorate();
    }
}
