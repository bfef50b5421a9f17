package org.tadreeb.evaluation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a trainee's evaluation form shows: the cohort, whether the answers are anonymous, whether they were already
 * given, and the questions of the survey's version in their order.
 */
public record EvaluationForm(long id, String cohortCode, String courseTitleArabic, String courseTitleEnglish,
                             LocalDate endedOn, boolean anonymous, boolean answered, int version,
                             List<Item> questions) implements Serializable {

    public String courseTitle(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
    }

    /** One question: its id (the answer's key), number, topic and wording. */
    public record Item(long id, int number, Topic topic, String textArabic, String textEnglish) implements Serializable {

        public String text(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? textArabic : textEnglish;
        }
    }
}
