package org.tadreeb.cohort.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.tadreeb.cohort.CohortSummary;
import org.tadreeb.cohort.InstructorTeaching;

/** Backs {@code /instructor/index.xhtml}: the cohorts the instructor teaches. */
@Named
@RequestScoped
public class InstructorHomeBacking {

    @Inject
    InstructorTeaching teaching;

    @Inject
    SecurityContext security;

    private List<CohortSummary> cohorts;

    public List<CohortSummary> getCohorts() {
        if (cohorts == null) {
            cohorts = teaching.cohortsOf(security.getCallerPrincipal().getName());
        }
        return cohorts;
    }
}
