package org.tadreeb.grading;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A door for the grading browser tests, which run outside the deployment: {@code POST
 * /testing/grading-fixtures?venue=&course=&like=} makes the room and the course copy ({@link GradingFixtures}),
 * unless they exist. Only ever in test deployments.
 */
@WebServlet("/testing/grading-fixtures")
public class GradingFixturesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GradingFixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        if (request.getParameter("venue") != null) {
            fixtures.venue(request.getParameter("venue"));
        }
        if (request.getParameter("course") != null) {
            fixtures.course(request.getParameter("course"), request.getParameter("like"));
        }
        response.setStatus(204);
    }
}
