package org.tadreeb.certificates;

import java.time.LocalDate;
import java.util.Locale;
import org.tadreeb.enrolment.EnrolmentStatus;

/** A row of a cohort's certificates page: a passed trainee and their current certificate, if one was issued. */
public record CohortCertificate(long enrolmentId, String serviceNumber, String nameArabic, String nameLatin,
                                EnrolmentStatus enrolmentStatus, String number, CertificateStatus status,
                                LocalDate issuedOn) {

    public boolean issued() {
        return number != null;
    }

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameArabic : nameLatin;
    }
}
