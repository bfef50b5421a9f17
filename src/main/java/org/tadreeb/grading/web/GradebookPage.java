package org.tadreeb.grading.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.tadreeb.platform.AccessDeniedException;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;

/**
 * What the gradebook pages share: a cohort the caller may not see (a tampered {@code code}, on the first request
 * or in a form post) answers the forbidden page with its 403 status, an unknown one the not-found page, before
 * anything is saved.
 */
final class GradebookPage {

    private GradebookPage() {
    }

    /** Runs the call; answers 403 or 404 instead when it was refused so, and then returns null. */
    static <T> T guarded(FacesContext facesContext, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException refused) {
            BusinessException business = BusinessExceptions.find(refused);
            if (business instanceof AccessDeniedException || (business != null && business.httpStatus() == 404)) {
                try {
                    facesContext.getExternalContext().responseSendError(business.httpStatus(), "");
                } catch (IOException unwritable) {
                    throw new UncheckedIOException(unwritable);
                }
                facesContext.responseComplete();
                return null;
            }
            throw refused;
        }
    }
}
