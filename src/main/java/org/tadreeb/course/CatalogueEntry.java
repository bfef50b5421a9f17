package org.tadreeb.course;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/** One course in the public catalogue's list: what it is, and when its next cohort starts. */
public record CatalogueEntry(String code, String titleArabic, String titleEnglish, String summaryArabic,
                             String summaryEnglish, String categoryArabic, String categoryEnglish,
                             DeliveryMode deliveryMode, int contactHours, LocalDate nextStart, long upcomingCohorts)
        implements Serializable {

    public String title(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? titleArabic : titleEnglish;
    }

    public String summary(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? summaryArabic : summaryEnglish;
    }

    public String category(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? categoryArabic : categoryEnglish;
    }
}
