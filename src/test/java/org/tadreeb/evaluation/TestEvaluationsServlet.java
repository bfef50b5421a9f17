package org.tadreeb.evaluation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * A door for browser tests, which run outside the deployment: {@code POST /testing/evaluations?code=&instructor=
 * &numbers=A,B[&course=&venue=][&hour=]} completes a new cohort (of CP101 in CAP-R1 unless a course and a venue, or
 * none for a remote one, are named) with those trainees ({@link TestEvaluations#completedCohort}), which
 * invites them; its meetings from the hour given, 14:00 unless said. Only ever added to test deployments.
 */
@WebServlet("/testing/evaluations")
public class TestEvaluationsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TestEvaluations evaluations;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String course = request.getParameter("course");
        String hour = request.getParameter("hour");
        if (hour == null) {
            evaluations.completedCohort(request.getParameter("code"), course == null ? "CP101" : course,
                    course == null ? "CAP-R1" : request.getParameter("venue"), request.getParameter("instructor"),
                    List.of(request.getParameter("numbers").split(",")), List.of());
        } else {
            evaluations.completedCohort(request.getParameter("code"), course == null ? "CP101" : course,
                    course == null ? "CAP-R1" : request.getParameter("venue"), request.getParameter("instructor"),
                    List.of(request.getParameter("numbers").split(",")), List.of(), Integer.parseInt(hour));
        }
        response.setStatus(204);
    }
}
