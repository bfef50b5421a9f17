package org.tadreeb.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.tadreeb.enrolment.EnrolmentSummary;
import org.tadreeb.enrolment.TraineeTraining;

/** Backs {@code /trainee/index.xhtml}: the trainee's current cohorts. */
@Named
@RequestScoped
public class TraineeHomeBacking {

    @Inject
    TraineeTraining training;

    @Inject
    SecurityContext security;

    private List<EnrolmentSummary> enrolments;

    public List<EnrolmentSummary> getEnrolments() {
        if (enrolments == null) {
            enrolments = training.currentOf(security.getCallerPrincipal().getName());
        }
        return enrolments;
    }
}
