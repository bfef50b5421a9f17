package org.tadreeb.course;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A course as pages and the API show it, read in one transaction: its details, category, scheme and
 * prerequisites, with no lazy relation left to load.
 */
public record CourseView(String code, String titleArabic, String titleEnglish, String summaryArabic,
                         String summaryEnglish, String objectivesArabic, String objectivesEnglish,
                         String categoryCode, String categoryArabic, String categoryEnglish, DeliveryMode deliveryMode,
                         int contactHours, int minimumAttendance, ExcusedAbsences excusedAbsences,
                         Integer certificateMonths, int defaultSeats,
                         AssessmentScheme scheme, List<Prerequisite> prerequisites, boolean archived)
        implements Serializable {

    /** A course to complete first. */
    public record Prerequisite(String code, String titleArabic, String titleEnglish) implements Serializable {

        public String title(Locale locale) {
            return pick(locale, titleArabic, titleEnglish);
        }
    }

    public static CourseView of(Course course) {
        Category category = course.getCategory();
        return new CourseView(course.getCode(), course.getTitleArabic(), course.getTitleEnglish(),
                course.getSummaryArabic(), course.getSummaryEnglish(), course.getObjectivesArabic(),
                course.getObjectivesEnglish(), category == null ? null : category.getCode(),
                category == null ? null : category.getNameArabic(), category == null ? null : category.getNameEnglish(),
                course.getDeliveryMode(), course.getContactHours(), course.getMinimumAttendance(), course.getExcusedAbsences(),
                course.getCertificateMonths(), course.getDefaultSeats(), course.getScheme(),
                course.getPrerequisites().stream()
                        .sorted(java.util.Comparator.comparing(Course::getCode))
                        .map(p -> new Prerequisite(p.getCode(), p.getTitleArabic(), p.getTitleEnglish())).toList(),
                course.isArchived());
    }

    public String title(Locale locale) {
        return pick(locale, titleArabic, titleEnglish);
    }

    public String summary(Locale locale) {
        return pick(locale, summaryArabic, summaryEnglish);
    }

    public String objectives(Locale locale) {
        return pick(locale, objectivesArabic, objectivesEnglish);
    }

    public String category(Locale locale) {
        return pick(locale, categoryArabic, categoryEnglish);
    }

    public List<AssessmentScheme.Component> components() {
        return scheme.components();
    }

    public String componentName(AssessmentScheme.Component component, Locale locale) {
        return pick(locale, component.nameArabic(), component.nameEnglish());
    }

    private static String pick(Locale locale, String arabic, String english) {
        return "ar".equals(locale.getLanguage()) ? arabic : english;
    }
}
