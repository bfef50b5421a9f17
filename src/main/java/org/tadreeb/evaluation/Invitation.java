package org.tadreeb.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.tadreeb.enrolment.Enrolment;

/**
 * A finished trainee's invitation to evaluate their cohort: one per enrolment. Its id is the evaluation's address
 * ({@code /trainee/evaluation.xhtml?id=}); whether it has been answered is kept apart, in
 * {@code evaluation_participation}, which holds no answers.
 */
@Entity
@Table(name = "evaluation_invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "survey_id", nullable = false, updatable = false)
    private Survey survey;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    protected Invitation() {
    }

    public Invitation(Survey survey, Enrolment enrolment) {
        this.survey = Objects.requireNonNull(survey, "survey");
        this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
    }

    public Long getId() {
        return id;
    }

    public Survey getSurvey() {
        return survey;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }
}
