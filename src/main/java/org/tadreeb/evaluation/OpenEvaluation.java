package org.tadreeb.evaluation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/** An evaluation waiting for the trainee's answers: its id, the cohort and the course's title in both languages. */
public record OpenEvaluation(long id, String cohortCode, String courseTitleArabic, String courseTitleEnglish,
                             LocalDate endedOn) implements Serializable {

    public String courseTitle(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
    }
}
