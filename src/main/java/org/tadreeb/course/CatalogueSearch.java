package org.tadreeb.course;

import java.time.LocalDate;

/**
 * A search of the public catalogue: words in either language (folded, so أحمد finds احمد), a category, a
 * delivery mode, and dates between which an upcoming cohort starts. Archived courses are never found.
 */
public record CatalogueSearch(String text, String categoryCode, DeliveryMode deliveryMode, LocalDate from,
                              LocalDate to) {

    public static CatalogueSearch everything() {
        return new CatalogueSearch(null, null, null, null, null);
    }

    public boolean limitsDates() {
        return from != null || to != null;
    }
}
