package org.tadreeb.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;

/**
 * A trainee's answers, checked against the questions of their survey's version: every question answered with a
 * whole number from 1 to 5, no question of another version, a comment of at most {@value Response#MAX_COMMENT}
 * characters (blank is none). The fields of the problems are {@code q<question id>} and {@code comment}.
 */
public record Answers(Map<Long, Integer> scores, String comment) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public Answers {
        scores = Map.copyOf(scores);
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** The answers, or every problem with them (one per question at fault). */
    public static Answers check(List<Question> questions, Map<Long, Integer> given, String comment) {
        List<FieldError> problems = new ArrayList<>();
        Map<Long, Integer> scores = new HashMap<>();
        Set<Long> asked = questions.stream().map(Question::getId).collect(Collectors.toSet());
        for (Question question : questions) {
            Integer score = given.get(question.getId());
            String field = "q" + question.getId();
            if (score == null) {
                problems.add(new FieldError(field, "evaluation.error.answerRequired", question.getSortOrder()));
            } else if (score < LOWEST || score > HIGHEST) {
                problems.add(new FieldError(field, "evaluation.error.answerOutOfScale", question.getSortOrder(), LOWEST, HIGHEST));
            } else {
                scores.put(question.getId(), score);
            }
        }
        given.keySet().stream().filter(id -> !asked.contains(id)).sorted()
                .forEach(id -> problems.add(new FieldError("q" + id, "evaluation.error.unknownQuestion", id)));
        if (comment != null && comment.strip().length() > Response.MAX_COMMENT) {
            problems.add(new FieldError("comment", "evaluation.error.commentTooLong", Response.MAX_COMMENT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Answers(scores, comment);
    }
}
