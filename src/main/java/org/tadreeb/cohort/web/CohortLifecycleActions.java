package org.tadreeb.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.platform.web.Feedback;

/**
 * The moves of a cohort's life on {@code /admin/cohorts/cohort.xhtml} ({@link CohortPage}): open, close enrolment,
 * start, complete and cancel with a reason. A move its status does not allow is not offered. View scope keeps the
 * reason typed in the cancel dialog while the page's other forms post back.
 */
@Named
@ViewScoped
public class CohortLifecycleActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortPage page;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient Feedback feedback;

    private String cancelReason;

    /** Whether the cohort's status allows the move (a {@link CohortStatus} name): which lifecycle buttons show. */
    public boolean allows(String next) {
        return page.getView() != null && page.getView().status().canMoveTo(CohortStatus.valueOf(next));
    }

    public String open() {
        cohorts.open(page.getCode());
        feedback.done("cohort.openedNotice", page.getCode());
        return CohortPage.reopen(page.getCode());
    }

    public String closeEnrolment() {
        cohorts.closeEnrolment(page.getCode());
        feedback.done("cohort.enrolmentClosedNotice", page.getCode());
        return CohortPage.reopen(page.getCode());
    }

    public String start() {
        cohorts.start(page.getCode());
        feedback.done("cohort.startedNotice", page.getCode());
        return CohortPage.reopen(page.getCode());
    }

    public String complete() {
        cohorts.complete(page.getCode());
        feedback.done("cohort.completedNotice", page.getCode());
        return CohortPage.reopen(page.getCode());
    }

    public String cancel() {
        int told = cohorts.cancel(page.getCode(), cancelReason);
        feedback.done("cohort.cancelledNotice", page.getCode(), told);
        return CohortPage.reopen(page.getCode());
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
