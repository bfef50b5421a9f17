package org.tadreeb.certificates;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** One holder in the compliance view: their latest valid certificate of a course, expired or expiring soon. */
public record ComplianceRow(String number, LocalDate issuedOn, LocalDate expiresOn, String serviceNumber,
                            String nameArabic, String nameLatin, String email, String courseCode,
                            String courseTitleArabic, String courseTitleEnglish, String cohortCode,
                            String organisationCode, String organisationArabic, String organisationEnglish,
                            String governorateArabic, String governorateEnglish) implements Serializable {

    public String name(Locale locale) {
        return arabic(locale) ? nameArabic : nameLatin;
    }

    public String course(Locale locale) {
        return arabic(locale) ? courseTitleArabic : courseTitleEnglish;
    }

    public String organisation(Locale locale) {
        return arabic(locale) ? organisationArabic : organisationEnglish;
    }

    public String governorate(Locale locale) {
        return arabic(locale) ? governorateArabic : governorateEnglish;
    }

    /** Whether the certificate has expired on the day (it is valid until the day before its expiry date). */
    public boolean expiredOn(LocalDate day) {
        return !day.isBefore(expiresOn);
    }

    /** Days from the day to the expiry: negative once expired. */
    public long daysLeftOn(LocalDate day) {
        return ChronoUnit.DAYS.between(day, expiresOn);
    }

    private static boolean arabic(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }
}
