package org.tadreeb.grading.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import org.tadreeb.grading.Gradebook;
import org.tadreeb.grading.GradebookService;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.web.Feedback;

/** Backs {@code /admin/cohorts/gradebook.xhtml?code=}: any cohort's gradebook, read-only, with Reopen and exports. */
@Named
@ViewScoped
public class AdminGradebookBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GradebookService gradebooks;

    @Inject
    transient SecurityContext security;

    @Inject
    transient FacesContext facesContext;

    @Inject
    transient Feedback feedback;

    private String code;
    private transient Gradebook gradebook;

    public void load() {
        if (!facesContext.isPostback()) {
            getGradebook();
        }
    }

    public Gradebook getGradebook() {
        if (gradebook == null && code != null && !facesContext.getResponseComplete()) {
            gradebook = GradebookPage.guarded(facesContext, () -> gradebooks.read(caller(), code));
            if (gradebook != null) {
                code = gradebook.cohortCode();
            }
        }
        return gradebook;
    }

    /** Takes the published results back to the instructors, after confirming. */
    public String reopen() {
        try {
            GradebookPage.guarded(facesContext, () -> {
                gradebooks.reopen(caller(), code);
                return code;
            });
            if (facesContext.getResponseComplete()) {
                return null;
            }
            feedback.done("gradebook.reopened", code);
        } catch (BusinessException refused) {
            // Not the handler: the refusal goes in the flash and the page redirects to the gradebook read again.
            feedback.problem(refused.messageKey(), refused.arguments());
        }
        return "/admin/cohorts/gradebook?faces-redirect=true&code=" + code;
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
