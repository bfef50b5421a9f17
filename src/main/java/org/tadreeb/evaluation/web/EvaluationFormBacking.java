package org.tadreeb.evaluation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tadreeb.platform.web.ErrorPages;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.tadreeb.evaluation.AlreadyAnsweredException;
import org.tadreeb.evaluation.EvaluationForm;
import org.tadreeb.evaluation.EvaluationService;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.web.Feedback;

/**
 * Backs {@code /trainee/evaluation.xhtml?id=}: the trainee's evaluation form. Answering twice (a double click, the
 * back button, a resend) keeps the first answers and says so; another trainee's evaluation is a 404.
 */
@Named
@ViewScoped
public class EvaluationFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EvaluationService evaluations;

    @Inject
    transient SecurityContext security;

    @Inject
    transient FacesContext facesContext;

    @Inject
    transient Feedback feedback;

    private Long id;
    private EvaluationForm form;
    private final Map<Long, Integer> scores = new HashMap<>();
    private String comment;

    public void load() {
        if (!facesContext.isPostback()) {
            getForm();
        }
    }

    public EvaluationForm getForm() {
        if (form == null && id != null && !facesContext.getResponseComplete()) {
            form = ErrorPages.orErrorPage(facesContext, () -> evaluations.form(caller(), id));
        }
        return form;
    }

    /** Stores the answers; back to the trainee's home with a thank-you, or with "already received". */
    public String submit() {
        if (getForm() == null) {
            return null;
        }
        try {
            if (ErrorPages.orErrorPage(facesContext, () -> {
                evaluations.answer(caller(), id, scores, comment);
                return Boolean.TRUE;
            }) == null) {
                return null;
            }
            feedback.done("evaluation.received", form.cohortCode());
        } catch (RuntimeException refused) {
            // Not the handler: answering twice is no error; it says "already received" and goes home like a first answer.
            if (!(BusinessExceptions.find(refused) instanceof AlreadyAnsweredException already)) {
                throw refused;
            }
            feedback.done(already.messageKey(), already.arguments());
        }
        return "/trainee/index?faces-redirect=true";
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        if (this.id != null && !this.id.equals(id)) {
            form = null;
        }
        this.id = id;
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
