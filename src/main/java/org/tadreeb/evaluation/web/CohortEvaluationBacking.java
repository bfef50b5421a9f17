package org.tadreeb.evaluation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tadreeb.platform.web.ErrorPages;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import org.tadreeb.evaluation.CohortEvaluation;
import org.tadreeb.evaluation.EvaluationResults;

/**
 * Backs {@code /instructor/evaluation.xhtml?code=} and {@code /admin/cohorts/evaluation.xhtml?code=}: one cohort's
 * evaluation in aggregate, for its instructors and the administrators (403 for anyone else, 404 for no such cohort).
 */
@Named
@RequestScoped
public class CohortEvaluationBacking {

    @Inject
    EvaluationResults results;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext facesContext;

    private String code;
    private Optional<CohortEvaluation> evaluation;

    public void load() {
        getEvaluation();
    }

    /** The results, or null when the cohort has no survey yet (or the caller was refused). */
    public CohortEvaluation getEvaluation() {
        if (evaluation == null && code != null && !facesContext.getResponseComplete()) {
            evaluation = ErrorPages.orErrorPage(facesContext,
                    () -> results.ofCohort(security.getCallerPrincipal().getName(), code));
        }
        return evaluation == null ? null : evaluation.orElse(null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
