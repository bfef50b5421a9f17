package org.tadreeb.course;

import java.util.stream.Collectors;

/** A course as one line of text, for the audit trail's before and after (long texts shortened). */
final class CourseSnapshot {

    private static final int MAX_TEXT = 300;
    private static final int MAX_SNAPSHOT = 4000;

    private CourseSnapshot() {
    }

    static String of(Course course) {
        String text = "code=" + course.getCode()
                + "; titleAr=" + course.getTitleArabic()
                + "; titleEn=" + course.getTitleEnglish()
                + "; category=" + (course.getCategory() == null ? "" : course.getCategory().getCode())
                + "; mode=" + course.getDeliveryMode()
                + "; hours=" + course.getContactHours()
                + "; minAttendance=" + course.getMinimumAttendance()
                + "; excusedAbsences=" + course.getExcusedAbsences()
                + "; certificateMonths=" + (course.getCertificateMonths() == null ? "none" : course.getCertificateMonths())
                + "; seats=" + course.getDefaultSeats()
                + "; passMark=" + course.getPassMark()
                + "; components=" + course.getScheme().components().stream()
                        .map(c -> c.nameEnglish() + "/" + c.nameArabic() + ":" + c.maxScore() + "@" + c.weight())
                        .collect(Collectors.joining(", ", "[", "]"))
                + "; prerequisites=" + course.getPrerequisites().stream().map(Course::getCode).sorted()
                        .collect(Collectors.joining(",", "[", "]"))
                + "; summaryAr=" + shorten(course.getSummaryArabic())
                + "; summaryEn=" + shorten(course.getSummaryEnglish())
                + "; objectivesAr=" + shorten(course.getObjectivesArabic())
                + "; objectivesEn=" + shorten(course.getObjectivesEnglish())
                + "; archived=" + course.isArchived();
        return text.length() > MAX_SNAPSHOT ? text.substring(0, MAX_SNAPSHOT - 1) + "…" : text;
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    }
}
