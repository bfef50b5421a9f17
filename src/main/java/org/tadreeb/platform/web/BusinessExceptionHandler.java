package org.tadreeb.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.LanguageResolver;
import org.tadreeb.platform.i18n.Messages;

/**
 * The pages' one place for broken business rules: the rule's message, in the user's language, appears on the
 * same page (beside the field at fault when the rule names one, a component whose id is the field's name),
 * and what the user typed stays in the form. Anything else goes on to the error pages.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            BusinessException business = BusinessExceptions.find(events.next().getContext().getException());
            if (business != null) {
                events.remove();
                show(context, business);
                context.validationFailed();
                context.renderResponse();
            }
        }
        getWrapped().handle();
    }

    static void show(FacesContext context, BusinessException business) {
        Language language = LanguageResolver.resolve((HttpServletRequest) context.getExternalContext().getRequest());
        if (business instanceof InvalidInputException invalid) {
            for (FieldError error : invalid.errors()) {
                String text = Messages.text(language, error.messageKey(), error.arguments().toArray());
                context.addMessage(clientIdOf(context, error.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
        }
        String text = Messages.text(language, business.messageKey(), business.arguments());
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static String clientIdOf(FacesContext context, String componentId) {
        AtomicReference<String> found = new AtomicReference<>();
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)), (visit, component) -> {
            if (componentId.equals(component.getId())) {
                found.set(component.getClientId(visit.getFacesContext()));
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found.get();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

}
