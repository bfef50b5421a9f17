package org.tadreeb.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A cohort's evaluation in aggregate: how many were invited and answered, and — once at least {@code minimum}
 * answered — each question's mean and distribution and the comments, without names and in no meaningful order.
 * Never an individual's answers.
 */
public record CohortEvaluation(String cohortCode, String courseCode, String courseTitleArabic,
                               String courseTitleEnglish, LocalDate endedOn, int version, boolean anonymous,
                               long invited, long responses, int minimum, BigDecimal overall,
                               List<QuestionResult> questions, List<String> comments) implements Serializable {

    public String courseTitle(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
    }

    /** Whether enough trainees answered for the results to be shown. */
    public boolean shown() {
        return responses >= minimum;
    }

    /** One question's results: how many answered it, the mean, and how many gave each score from 1 to 5. */
    public record QuestionResult(long id, int number, Topic topic, String textArabic, String textEnglish,
                                 long answered, BigDecimal mean, List<Long> distribution) implements Serializable {

        public String text(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? textArabic : textEnglish;
        }

        /** The share of answers with this score (1–5), as a whole percentage. */
        public long percent(int score) {
            return answered == 0 ? 0 : Math.round(distribution.get(score - 1) * 100.0 / answered);
        }
    }
}
