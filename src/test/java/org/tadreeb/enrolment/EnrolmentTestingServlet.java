package org.tadreeb.enrolment;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tadreeb.testing.TestCourses;

/**
 * A door into the shared deployment for EnrolmentBrowserIT, which runs outside it ({@link EnrolmentTestData}):
 * <ul>
 *   <li>{@code do=course&code=&like=} a course of the test's own, like a demo one ({@link TestCourses#copyOf})</li>
 *   <li>{@code do=venue&code=}</li>
 *   <li>{@code do=cohort&code=&course=&days=&venue=&seats=&approval=[&open=false]} (no instructor)</li>
 *   <li>{@code do=coordinator&number=&username=&organisation=}</li>
 * </ul>
 * Only ever in test deployments.
 */
@WebServlet("/testing/enrolment")
public class EnrolmentTestingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EnrolmentTestData data;

    @Inject
    transient TestCourses courses;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getParameter("do")) {
            case "course" -> courses.copyOf(request.getParameter("like"), request.getParameter("code"));
            case "venue" -> data.venue(request.getParameter("code"));
            case "cohort" -> data.cohort(request.getParameter("code"), request.getParameter("course"),
                    Integer.parseInt(request.getParameter("days")), request.getParameter("venue"),
                    Integer.parseInt(request.getParameter("seats")), Boolean.parseBoolean(request.getParameter("approval")),
                    !"false".equals(request.getParameter("open")));
            case "coordinator" -> data.coordinator(request.getParameter("number"), request.getParameter("username"),
                    request.getParameter("organisation"));
            default -> {
                response.sendError(400);
                return;
            }
        }
        response.setStatus(204);
    }
}
