package org.tadreeb.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.tadreeb.platform.i18n.CurrentLanguage;

/** Tells the user, in their language, what just happened; kept across a redirect (Faces flash). */
@RequestScoped
public class Feedback {

    @Inject
    FacesContext facesContext;

    @Inject
    CurrentLanguage language;

    public void done(String messageKey, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, messageKey, arguments);
    }

    public void problem(String messageKey, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, messageKey, arguments);
    }

    private void add(FacesMessage.Severity severity, String messageKey, Object... arguments) {
        String text = language.text(messageKey, arguments);
        facesContext.addMessage(null, new FacesMessage(severity, text, text));
        facesContext.getExternalContext().getFlash().setKeepMessages(true);
    }
}
