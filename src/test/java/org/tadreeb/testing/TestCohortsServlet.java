package org.tadreeb.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.tadreeb.cohort.CohortDetails;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.cohort.MeetingDetails;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.platform.CentreClock;

/**
 * A door into a deployment under test for browser tests, which run outside it: opens a cohort of CP101 (with or
 * without approval), creates trainees and places them in a status. Only ever added to test deployments.
 * <ul>
 *   <li>{@code do=cohort&code=&days=&venue=&seats=&approval=[&course=]} (of CP101 unless a course is named)</li>
 *   <li>{@code do=course&code=&like=} a course of the test's own, like a demo one ({@link TestCourses#copyOf})</li>
 *   <li>{@code do=trainee&number=&name=&organisation=} (of the demo organisation CPD-CAP unless another is named)</li>
 *   <li>{@code do=place&code=&number=&status=}</li>
 * </ul>
 */
@WebServlet("/testing/cohorts")
public class TestCohortsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient TestEnrolments enrolments;

    @Inject
    transient TestCourses courses;

    @Inject
    transient CentreClock clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getParameter("do")) {
            case "cohort" -> {
                String code = request.getParameter("code");
                LocalDate start = clock.today().plusDays(Integer.parseInt(request.getParameter("days")));
                String course = request.getParameter("course");
                cohorts.plan(new CohortDetails(code, course == null ? "CP101" : course, start, start.plusDays(5), request.getParameter("venue"),
                        Integer.parseInt(request.getParameter("seats")), null, start.minusDays(1),
                        Boolean.parseBoolean(request.getParameter("approval")), List.of("instructor")));
                cohorts.addMeeting(code, new MeetingDetails(start, LocalTime.of(9, 0), LocalTime.of(12, 0), null, null));
                cohorts.open(code);
            }
            case "course" -> courses.copyOf(request.getParameter("like"), request.getParameter("code"));
            case "trainee" -> enrolments.createTrainee(request.getParameter("number"), request.getParameter("name"),
                    null, request.getParameter("organisation") == null ? "CPD-CAP" : request.getParameter("organisation"));
            case "place" -> enrolments.place(request.getParameter("code"), request.getParameter("number"),
                    EnrolmentStatus.valueOf(request.getParameter("status")));
            default -> {
                response.sendError(400);
                return;
            }
        }
        response.setStatus(204);
    }
}
