package org.tadreeb.testing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.tadreeb.cohort.CohortDetails;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.cohort.MeetingDetails;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.i18n.Language;

/**
 * A cohort of CP101 in progress, taught by the demo account {@code instructor}, for attendance and grading tests:
 * it started three days ago and meets for two hours from the given hour two days ago, yesterday and in two days
 * (in room EAS-PS, which no demo cohort uses), with trainees {@code <code>-1 ... <code>-n} enrolled. Inside the
 * server call {@link #create}; from a browser test post {@code /testing/started-cohort?code=&hour=&trainees=[&course=&venue=]} (a course and a venue, or
 * none for a remote cohort, instead of CP101 in EAS-PS). Only
 * ever added to test deployments, with {@link TestEnrolments}.
 */
@WebServlet("/testing/started-cohort")
public class StartedCohortServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Trainees' names, Arabic then Latin. */
    public static final List<List<String>> NAMES = List.of(
            List.of("سامر حداد", "Samer Haddad"), List.of("ليلى ناصر", "Layla Nasser"),
            List.of("يوسف قاسم", "Yousef Qasem"), List.of("هدى سالم", "Huda Salem"),
            List.of("كريم عودة", "Karim Odeh"), List.of("رنا خليل", "Rana Khalil"));

    public static void create(String code, int hour, int trainees) {
        create(code, "CP101", "EAS-PS", hour, trainees);
    }

    /** The same for another course, in another venue (or none: remote), so that tests sharing a server never clash. */
    public static void create(String code, String courseCode, String venueCode, int hour, int trainees) {
        CohortService cohorts = InContainer.bean(CohortService.class);
        LocalDate today = InContainer.bean(CentreClock.class).today();
        cohorts.plan(new CohortDetails(code, courseCode, today.minusDays(3), today.plusDays(3), venueCode, 18, null,
                today.minusDays(4), false, List.of("instructor")));
        int[] days = {-2, -1, 2};
        for (int i = 0; i < days.length; i++) {
            cohorts.addMeeting(code, new MeetingDetails(today.plusDays(days[i]), LocalTime.of(hour, 0),
                    LocalTime.of(hour + 2, 0), "الجلسة " + (i + 1), "Session " + (i + 1)));
        }
        cohorts.start(code);
        TestEnrolments enrolments = InContainer.bean(TestEnrolments.class);
        for (int i = 1; i <= trainees; i++) {
            List<String> name = NAMES.get((i - 1) % NAMES.size());
            enrolments.enrolNewTrainee(code, code + "-" + i, name.get(0), name.get(1),
                    (code + "-" + i).toLowerCase() + "@example.org", Language.ENGLISH, EnrolmentStatus.ENROLLED);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        String course = request.getParameter("course");
        create(request.getParameter("code"), course == null ? "CP101" : course,
                course == null ? "EAS-PS" : request.getParameter("venue"), Integer.parseInt(request.getParameter("hour")),
                Integer.parseInt(request.getParameter("trainees")));
        response.setStatus(204);
    }
}
