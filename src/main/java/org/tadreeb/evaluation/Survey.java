package org.tadreeb.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.tadreeb.cohort.Cohort;

/**
 * A cohort's evaluation (تقييم الدفعة), opened when the cohort completes: the version of the questions its trainees
 * answer and whether their answers are anonymous, both fixed for its whole life.
 */
@Entity
@Table(name = "evaluation_survey")
public class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "form_id", nullable = false, updatable = false)
    private QuestionSet questionSet;

    @Column(nullable = false, updatable = false)
    private boolean anonymous;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    protected Survey() {
    }

    public Survey(Cohort cohort, QuestionSet questionSet, boolean anonymous, LocalDate openedOn) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        this.questionSet = Objects.requireNonNull(questionSet, "questionSet");
        this.anonymous = anonymous;
        this.openedOn = Objects.requireNonNull(openedOn, "openedOn");
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public QuestionSet getQuestionSet() {
        return questionSet;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }
}
