package org.tadreeb.evaluation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.tadreeb.evaluation.EvaluationService;
import org.tadreeb.evaluation.OpenEvaluation;

/** The "Evaluations waiting for you" section of the trainee's home page. */
@Named("openEvaluations")
@RequestScoped
public class OpenEvaluationsBacking {

    @Inject
    EvaluationService evaluations;

    @Inject
    SecurityContext security;

    private List<OpenEvaluation> open;

    public List<OpenEvaluation> getList() {
        if (open == null) {
            open = evaluations.open(security.getCallerPrincipal().getName());
        }
        return open;
    }
}
