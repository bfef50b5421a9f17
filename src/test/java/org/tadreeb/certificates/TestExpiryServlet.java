package org.tadreeb.certificates;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tadreeb.platform.CentreClock;

/**
 * A door into a deployment under test for browser tests, which run outside it: makes a completed cohort of CP101,
 * issues a certificate, moves its expiry, and runs the expiry round as on a given day. Only ever added to test
 * deployments, with {@link TestCertificates}. Days count from today.
 * <ul>
 *   <li>{@code do=cohort&code=&days=[&course=]} (it ended that many days ago; see {@link TestCertificates#completedCohort})</li>
 *   <li>{@code do=issue&code=&number=} answers the certificate's number</li>
 *   <li>{@code do=expire&certificate=&days=}</li>
 *   <li>{@code do=round&days=} answers "reminded,inDigest"</li>
 *   <li>{@code do=last&year=} answers the serial of the year's last certificate ({@link TestCertificates#lastSerial})</li>
 * </ul>
 */
@WebServlet("/testing/expiry")
public class TestExpiryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateService certificates;

    @Inject
    transient TestCertificates testCertificates;

    @Inject
    transient CertificateExpiryRound round;

    @Inject
    transient CentreClock clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        switch (request.getParameter("do")) {
            case "cohort" -> testCertificates.completedCohort(request.getParameter("code"),
                    request.getParameter("course") == null ? "CP101" : request.getParameter("course"),
                    Integer.parseInt(request.getParameter("days")));
            case "issue" -> response.getWriter().write(certificates.issue(request.getParameter("code"),
                    request.getParameter("number"), "admin").number());
            case "expire" -> testCertificates.expire(request.getParameter("certificate"), day(request));
            case "round" -> {
                CertificateExpiryRound.Summary summary = round.runFor(day(request));
                response.getWriter().write(summary.reminded() + "," + summary.inDigest());
            }
            case "last" -> response.getWriter().write(Long.toString(
                    testCertificates.lastSerial(Integer.parseInt(request.getParameter("year")))));
            default -> response.sendError(400);
        }
    }

    private java.time.LocalDate day(HttpServletRequest request) {
        return clock.today().plusDays(Integer.parseInt(request.getParameter("days")));
    }
}
