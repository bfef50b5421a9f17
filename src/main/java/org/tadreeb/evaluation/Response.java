package org.tadreeb.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.tadreeb.enrolment.Enrolment;

/**
 * One trainee's answers to a survey: a score per question and an optional comment. Of an anonymous survey it keeps
 * no link to the trainee or the enrolment, no time, and a random key, so that neither its content nor its place
 * among the others leads back to who gave it (docs/architecture.md, "Evaluation surveys").
 */
@Entity
@Table(name = "evaluation_response")
public class Response {

    public static final int MAX_COMMENT = 1000;

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "survey_id", nullable = false, updatable = false)
    private Survey survey;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "form_id", nullable = false, updatable = false)
    private QuestionSet questionSet;

    /** Only for a named survey. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolment_id", updatable = false)
    private Enrolment enrolment;

    @Column(name = "comment_text", length = MAX_COMMENT, updatable = false)
    private String comment;

    @ElementCollection
    @CollectionTable(name = "evaluation_answer", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "question_id")
    @Column(name = "score", nullable = false)
    private Map<Long, Integer> scores = new HashMap<>();

    protected Response() {
    }

    /** The answers, already checked ({@link Answers}); the enrolment is kept only when the survey is named. */
    Response(Survey survey, Enrolment enrolment, Answers answers) {
        this.id = UUID.randomUUID().toString();
        this.survey = survey;
        this.questionSet = survey.getQuestionSet();
        this.enrolment = survey.isAnonymous() ? null : enrolment;
        this.scores.putAll(answers.scores());
        this.comment = answers.comment();
    }

    public String getId() {
        return id;
    }

    public Survey getSurvey() {
        return survey;
    }

    public QuestionSet getQuestionSet() {
        return questionSet;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public String getComment() {
        return comment;
    }

    public Map<Long, Integer> getScores() {
        return Collections.unmodifiableMap(scores);
    }
}
