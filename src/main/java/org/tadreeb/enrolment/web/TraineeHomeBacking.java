package org.tadreeb.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.tadreeb.enrolment.EnrolmentDecisions;
import org.tadreeb.enrolment.EnrolmentSummary;
import org.tadreeb.enrolment.TraineeTraining;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.web.Feedback;

/**
 * Backs {@code /trainee/index.xhtml}, "My training": the trainee's cohorts that have not ended, with where they
 * stand in each, and their own withdrawal before a cohort starts.
 */
@Named
@RequestScoped
public class TraineeHomeBacking {

    @Inject
    TraineeTraining training;

    @Inject
    EnrolmentDecisions decisions;

    @Inject
    SecurityContext security;

    @Inject
    Feedback feedback;

    private List<EnrolmentSummary> enrolments;

    public List<EnrolmentSummary> getEnrolments() {
        if (enrolments == null) {
            enrolments = training.trainingOf(username());
        }
        return enrolments;
    }

    /** The trainee leaves a cohort, after confirming; back to the list, which shows the withdrawal. */
    public String withdraw(String cohortCode) {
        try {
            decisions.withdrawSelf(cohortCode, username());
            feedback.done("myTraining.withdrawn", cohortCode);
        } catch (BusinessException refused) {
            feedback.problem(refused.messageKey(), refused.arguments());
        }
        return "/trainee/index?faces-redirect=true";
    }

    private String username() {
        return security.getCallerPrincipal().getName();
    }
}
