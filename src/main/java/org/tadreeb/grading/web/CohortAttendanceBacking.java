package org.tadreeb.grading.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import org.tadreeb.grading.AttendanceMatrix;
import org.tadreeb.grading.AttendanceService;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.i18n.CurrentLanguage;

/**
 * Backs {@code /admin/cohorts/attendance.xhtml?code=}: a cohort's attendance, read only, as trainees by meetings
 * with each trainee's rate, and the links to export it. An unknown cohort answers 404.
 */
@Named
@RequestScoped
public class CohortAttendanceBacking {

    @Inject
    AttendanceService attendance;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext facesContext;

    @Inject
    CurrentLanguage language;

    private String code;
    private AttendanceMatrix matrix;

    public void load() throws IOException {
        try {
            matrix = attendance.matrix(security.getCallerPrincipal().getName(), code);
        } catch (RuntimeException failure) {
            // Not the handler: a read-only page; any refusal answers the 403 or 404 page.
            BusinessException refused = BusinessExceptions.find(failure);
            if (refused == null) {
                throw failure;
            }
            facesContext.getExternalContext().responseSendError(refused.httpStatus() == 403 ? 403 : 404, "");
            facesContext.responseComplete();
        }
    }

    /** A meeting's column heading: its day, short, in the reader's language. */
    public String day(LocalDateTime startsAt) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.getLocale())
                .withDecimalStyle(DecimalStyle.of(language.getLocale())).format(startsAt);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public AttendanceMatrix getMatrix() {
        return matrix;
    }
}
