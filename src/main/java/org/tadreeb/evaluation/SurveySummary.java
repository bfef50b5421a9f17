package org.tadreeb.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One survey in a list: its cohort and course, invited and answered counts, and the mean of all its scores (null
 * while fewer than the minimum answered).
 */
public record SurveySummary(String cohortCode, String courseCode, String courseTitleArabic, String courseTitleEnglish,
                            LocalDate endedOn, boolean anonymous, long invited, long responses, BigDecimal mean)
        implements Serializable {

    public String courseTitle(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
    }
}
