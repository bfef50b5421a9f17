package org.tadreeb.grading.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.tadreeb.grading.Gradebook;
import org.tadreeb.grading.GradebookExport;
import org.tadreeb.grading.GradebookService;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.LanguageResolver;

/**
 * A cohort's gradebook as CSV or XLSX ({@code ?code=}), in the reader's language: for its instructors under
 * {@code /instructor/} and for administrators under {@code /admin/cohorts/} (web.xml guards the folders;
 * {@link GradebookService#read} decides the cohort: 403 for one the caller does not teach, 404 for an unknown one).
 */
@WebServlet({"/instructor/gradebook.csv", "/instructor/gradebook.xlsx",
        "/admin/cohorts/gradebook.csv", "/admin/cohorts/gradebook.xlsx"})
public class GradebookExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GradebookService gradebooks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Gradebook gradebook;
        try {
            gradebook = gradebooks.read(request.getUserPrincipal().getName(), request.getParameter("code"));
        } catch (RuntimeException refused) {
            // A servlet, outside Faces (BusinessExceptionHandler never sees it): the refusal is answered as an HTTP status.
            BusinessException business = BusinessExceptions.find(refused);
            if (business == null) {
                throw refused;
            }
            response.sendError(business.httpStatus());
            return;
        }
        Language language = LanguageResolver.resolve(request);
        boolean xlsx = request.getServletPath().endsWith(".xlsx");
        byte[] content = xlsx ? GradebookExport.xlsx(gradebook, language) : GradebookExport.csv(gradebook, language);
        String safeCode = gradebook.cohortCode().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_-]", "");
        response.setContentType(xlsx ? GradebookExport.XLSX_MEDIA_TYPE : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"gradebook-" + safeCode + (xlsx ? ".xlsx" : ".csv") + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
