package org.tadreeb.certificates.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tadreeb.certificates.CertificateDocuments;
import org.tadreeb.certificates.CertificateNumber;
import org.tadreeb.platform.BusinessExceptions;

/**
 * {@code /certificates/CPTC-2026-000001.pdf} and {@code .jwt}: a signed-in holder's own certificate, or any for an
 * administrator (web.xml asks for a sign-in; another trainee's answers 403).
 */
@WebServlet("/certificates/*")
public class CertificateDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        boolean pdf = name.endsWith(".pdf");
        String number = name.replaceFirst("\\.(pdf|jwt)$", "");
        if (name.equals(number) || CertificateNumber.parse(number).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String caller = request.getUserPrincipal().getName();
        boolean administrator = request.isUserInRole("ADMINISTRATOR");
        try {
            if (pdf) {
                byte[] bytes = documents.pdf(number, caller, administrator);
                response.setContentType("application/pdf");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + number + ".pdf\"");
                response.setContentLength(bytes.length);
                response.getOutputStream().write(bytes);
            } else {
                response.setContentType("application/vc+jwt");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + number + ".jwt\"");
                response.getWriter().write(documents.credential(number, caller, administrator));
            }
        } catch (RuntimeException refused) {
            // A servlet, outside Faces (BusinessExceptionHandler never sees it): the refusal is answered as an HTTP status.
            response.sendError(BusinessExceptions.httpStatusOf(refused));
        }
    }
}
