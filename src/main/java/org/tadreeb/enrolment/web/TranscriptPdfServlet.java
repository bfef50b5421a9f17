package org.tadreeb.enrolment.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tadreeb.enrolment.Transcript;
import org.tadreeb.enrolment.TranscriptPdf;
import org.tadreeb.enrolment.TranscriptService;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.i18n.LanguageResolver;

/**
 * A transcript as a PDF in the reader's language, beside each transcript page: {@code /trainee/transcript.pdf}
 * (one's own), {@code /coordinator/transcript.pdf?number=} and {@code /admin/people/transcript.pdf?number=}.
 * web.xml guards the folders; {@link TranscriptService} decides the person as for the pages: 403 for someone the
 * caller may not see (another trainee, a coordinator's person of another organisation), 404 for an unknown number.
 */
@WebServlet({"/trainee/transcript.pdf", "/coordinator/transcript.pdf", "/admin/people/transcript.pdf"})
public class TranscriptPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TranscriptService transcripts;

    @Inject
    transient CentreClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String caller = request.getUserPrincipal().getName();
        String number = request.getParameter("number");
        Transcript transcript;
        try {
            transcript = number == null || number.isBlank()
                    ? transcripts.ownTranscript(caller)
                    : transcripts.transcriptFor(caller, number);
        } catch (RuntimeException refused) {
            response.sendError(BusinessExceptions.httpStatusOf(refused));
            return;
        }
        byte[] pdf = TranscriptPdf.render(transcript, LanguageResolver.resolve(request), clock.today());
        String safeNumber = transcript.person().serviceNumber().replaceAll("[^A-Za-z0-9_-]", "");
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"transcript-" + safeNumber + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
