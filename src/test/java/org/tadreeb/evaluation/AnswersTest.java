package org.tadreeb.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;

/** The rules of an answer and of a question set, without a database. */
class AnswersTest {

    private static List<Question> questions() throws ReflectiveOperationException {
        QuestionSet set = new QuestionSet(0, List.of(new QuestionDraft(Topic.CONTENT, "واضح", "Clear"),
                new QuestionDraft(Topic.VENUE, "القاعة", "Venue")), "admin", Instant.now());
        Field id = Question.class.getDeclaredField("id");
        id.setAccessible(true);
        for (int i = 0; i < set.getQuestions().size(); i++) {
            id.set(set.getQuestions().get(i), 10L + i);
        }
        return set.getQuestions();
    }

    @Test
    void everyQuestionAnsweredOnTheScaleIsAccepted() throws ReflectiveOperationException {
        Answers answers = Answers.check(questions(), Map.of(10L, 1, 11L, 5), "  Good  ");
        assertEquals(Map.of(10L, 1, 11L, 5), answers.scores());
        assertEquals("Good", answers.comment());
        assertNull(Answers.check(questions(), Map.of(10L, 3, 11L, 3), "   ").comment(), "a blank comment is none");
    }

    @Test
    void eachUnansweredOffScaleOrUnknownQuestionIsNamedAndALongCommentRefused() throws ReflectiveOperationException {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Answers.check(questions(), Map.of(11L, 6, 99L, 3), "x".repeat(Response.MAX_COMMENT + 1)));
        assertEquals(List.of("q10:evaluation.error.answerRequired", "q11:evaluation.error.answerOutOfScale",
                        "q99:evaluation.error.unknownQuestion", "comment:evaluation.error.commentTooLong"),
                refused.errors().stream().map(e -> e.field() + ":" + e.messageKey()).toList());
        assertEquals(1000, Answers.check(questions(), Map.of(10L, 2, 11L, 4), "x".repeat(1000)).comment().length());
    }

    @Test
    void aQuestionSetNeedsQuestionsEachWithTopicAndBothTexts() {
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> QuestionSet.check(List.of()));
        assertEquals("evaluation.error.noQuestions", empty.errors().get(0).messageKey());
        InvalidInputException incomplete = assertThrows(InvalidInputException.class, () -> QuestionSet.check(List.of(
                new QuestionDraft(Topic.CONTENT, "نص", "Text"), new QuestionDraft(null, " ", "x".repeat(301)))));
        assertEquals(List.of("questions[1].topic", "questions[1].textArabic", "questions[1].textEnglish"),
                incomplete.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aNewVersionFollowsThePreviousAndSameAsIgnoresSurroundingSpace() {
        QuestionSet second = new QuestionSet(1, List.of(new QuestionDraft(Topic.USEFULNESS, " مفيد ", "Useful")), "admin", Instant.now());
        assertEquals(2, second.getVersionNumber());
        assertEquals("مفيد", second.getQuestions().get(0).getTextArabic());
        assertTrue(second.sameAs(List.of(new QuestionDraft(Topic.USEFULNESS, "مفيد", " Useful "))));
        assertTrue(!second.sameAs(List.of(new QuestionDraft(Topic.CONTENT, "مفيد", "Useful"))));
    }
}
