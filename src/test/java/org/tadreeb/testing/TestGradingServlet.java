package org.tadreeb.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.tadreeb.grading.AttendanceMark;

/**
 * A door for browser tests, which run outside the deployment: {@code do=attend&code=&number=&marks=PRESENT,LATE}
 * marks a trainee at the cohort's first meetings ({@link TestGrading#attend}); {@code do=attendAll&code=&number=&mark=}
 * at every meeting that has started. Only ever added to test deployments.
 */
@WebServlet("/testing/grading")
public class TestGradingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TestGrading grading;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        switch (String.valueOf(request.getParameter("do"))) {
            case "attend" -> grading.attend(request.getParameter("code"), request.getParameter("number"),
                    Arrays.stream(request.getParameter("marks").split(",")).map(AttendanceMark::valueOf).toArray(AttendanceMark[]::new));
            case "attendAll" -> grading.attendAllStarted(request.getParameter("code"), request.getParameter("number"),
                    AttendanceMark.valueOf(request.getParameter("mark")));
            default -> {
                response.setStatus(400);
                return;
            }
        }
        response.setStatus(204);
    }
}
