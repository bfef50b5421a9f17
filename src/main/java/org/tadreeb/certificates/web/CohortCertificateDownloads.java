package org.tadreeb.certificates.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.tadreeb.certificates.CertificateDocuments;
import org.tadreeb.certificates.CertificateView;
import org.tadreeb.platform.BusinessExceptions;

/**
 * A cohort's certificates for printing, administrators only (web.xml guards {@code /admin/*}):
 * {@code /admin/cohorts/certificates.pdf?code=} one PDF with a page per certificate, and
 * {@code /admin/cohorts/certificates.zip?code=} a ZIP of one PDF each, named by certificate number. Revoked
 * certificates are left out. With nothing to print, the cohort's certificates page says so instead of a file.
 */
@WebServlet({"/admin/cohorts/certificates.pdf", "/admin/cohorts/certificates.zip"})
public class CohortCertificateDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("code") == null ? "" : request.getParameter("code").strip();
        List<CertificateView> printable;
        try {
            printable = documents.printableOf(code);
        } catch (RuntimeException refused) {
            // A servlet, outside Faces (BusinessExceptionHandler never sees it): the refusal is answered as an HTTP status.
            response.sendError(BusinessExceptions.httpStatusOf(refused));
            return;
        }
        if (printable.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/admin/cohorts/certificates.xhtml?code="
                    + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&nothingToPrint=true");
            return;
        }
        boolean zip = request.getServletPath().endsWith(".zip");
        String safeCode = code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_-]", "");
        response.setContentType(zip ? "application/zip" : "application/pdf");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"certificates-" + safeCode + (zip ? ".zip" : ".pdf") + "\"");
        if (zip) {
            documents.writeZip(printable, response.getOutputStream());
        } else {
            documents.writeMerged(printable, response.getOutputStream());
        }
    }
}
