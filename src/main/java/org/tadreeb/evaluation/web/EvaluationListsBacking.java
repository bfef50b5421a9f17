package org.tadreeb.evaluation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.tadreeb.evaluation.AverageScores;
import org.tadreeb.evaluation.EvaluationResults;
import org.tadreeb.evaluation.SurveySummary;

/**
 * Backs the lists of surveys: {@code /instructor/evaluations.xhtml} (the cohorts the instructor teaches) and
 * {@code /admin/evaluation-results.xhtml} (every survey and a summary per course).
 */
@Named
@RequestScoped
public class EvaluationListsBacking {

    @Inject
    EvaluationResults results;

    @Inject
    SecurityContext security;

    private List<SurveySummary> teaching;
    private List<SurveySummary> all;
    private List<AverageScores> perCourse;

    public List<SurveySummary> getTeaching() {
        if (teaching == null) {
            teaching = results.teaching(caller());
        }
        return teaching;
    }

    public List<SurveySummary> getAll() {
        if (all == null) {
            all = results.surveys(caller());
        }
        return all;
    }

    public List<AverageScores> getPerCourse() {
        if (perCourse == null) {
            perCourse = results.perCourse(caller());
        }
        return perCourse;
    }

    /** How many must answer before a survey's results are shown. */
    public int getMinimum() {
        return results.minimumResponses();
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
