package org.tadreeb.grading.web;

import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;
import org.tadreeb.platform.web.ErrorPages;

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
        return ErrorPages.orErrorPage(facesContext, call);
    }
}
