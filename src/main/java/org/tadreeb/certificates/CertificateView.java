package org.tadreeb.certificates;

import java.time.LocalDate;
import java.util.Locale;

/** One certificate as the PDF, the pages and the API show it; read inside a transaction, used outside it. */
public record CertificateView(String number, String verificationCode, CertificateStatus status, LocalDate issuedOn,
                              LocalDate expiresOn, LocalDate revokedOn, String revokeReason, String replacesNumber,
                              String serviceNumber, String holderArabic, String holderLatin,
                              String courseCode, String courseTitleArabic, String courseTitleEnglish, int contactHours,
                              String cohortCode, LocalDate cohortStartsOn, LocalDate cohortEndsOn, Signatory signatory) {

    static CertificateView of(Certificate certificate, LocalDate today, java.time.ZoneId zone) {
        var enrolment = certificate.getEnrolment();
        var cohort = enrolment.getCohort();
        var course = cohort.getCourse();
        var person = enrolment.getTrainee();
        return new CertificateView(certificate.getNumber(), certificate.getVerificationCode(),
                certificate.statusOn(today), certificate.getIssuedOn(), certificate.getExpiresOn(),
                certificate.getRevokedAt() == null ? null : certificate.getRevokedAt().atZone(zone).toLocalDate(),
                certificate.getRevokeReason(),
                certificate.getReplaces() == null ? null : certificate.getReplaces().getNumber(),
                person.getServiceNumber(), person.getNameArabic(), person.getNameLatin(),
                course.getCode(), course.getTitleArabic(), course.getTitleEnglish(), course.getContactHours(),
                cohort.getCode(), cohort.getStartsOn(), cohort.getEndsOn(), certificate.getSignatory());
    }

    public String holder(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? holderArabic : holderLatin;
    }

    public String courseTitle(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
    }

    public boolean isValid() {
        return status == CertificateStatus.VALID;
    }
}
