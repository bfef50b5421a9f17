package org.tadreeb.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;

/**
 * For pages that show one record the caller may not see: a refusal as 403 or 404 answers the forbidden or
 * not-found page with its status, before anything is shown or saved (also for a parameter tampered with in a form
 * post). Any other failure goes on as it was.
 */
public final class ErrorPages {

    private ErrorPages() {
    }

    /** Runs the call; answers 403 or 404 instead when it was refused so, and then returns null. */
    public static <T> T orErrorPage(FacesContext facesContext, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException refused) {
            BusinessException business = BusinessExceptions.find(refused);
            if (business == null || (business.httpStatus() != 403 && business.httpStatus() != 404)) {
                throw refused;
            }
            try {
                facesContext.getExternalContext().responseSendError(business.httpStatus(), "");
            } catch (IOException unwritable) {
                throw new UncheckedIOException(unwritable);
            }
            facesContext.responseComplete();
            return null;
        }
    }
}
