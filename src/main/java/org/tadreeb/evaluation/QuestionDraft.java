package org.tadreeb.evaluation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tadreeb.platform.FieldError;

/** A question as an administrator writes it, before it is published in a new version of the set. */
public record QuestionDraft(Topic topic, String textArabic, String textEnglish) implements Serializable {

    /** What is wrong with the question numbered {@code number} (from 1), field by field ({@code q3.textArabic}...). */
    List<FieldError> problems(int number) {
        List<FieldError> problems = new ArrayList<>();
        String field = "questions[" + (number - 1) + "].";
        if (topic == null) {
            problems.add(new FieldError(field + "topic", "evaluation.error.topicRequired", number));
        }
        text(problems, field + "textArabic", textArabic, number);
        text(problems, field + "textEnglish", textEnglish, number);
        return problems;
    }

    private static void text(List<FieldError> problems, String field, String text, int number) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldError(field, "evaluation.error.textRequired", number));
        } else if (text.strip().length() > Question.MAX_TEXT) {
            problems.add(new FieldError(field, "evaluation.error.textTooLong", number, Question.MAX_TEXT));
        }
    }
}
