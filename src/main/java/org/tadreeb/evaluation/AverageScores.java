package org.tadreeb.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Average evaluation scores of one cohort or one course over a period: {@code code} is the cohort's or the course's
 * code, the titles the course's; the means are on the 1–5 scale, overall and per topic, and null while fewer than
 * the minimum number of trainees answered.
 */
public record AverageScores(String code, String courseCode, String courseTitleArabic, String courseTitleEnglish,
                            long responses, BigDecimal overall, Map<Topic, BigDecimal> byTopic) implements Serializable {

    public String courseTitle(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
    }
}
