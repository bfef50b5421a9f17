package org.tadreeb.reporting;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tadreeb.evaluation.QuestionSets;
import org.tadreeb.evaluation.TestEvaluations;
import org.tadreeb.people.OrganisationType;

/**
 * A door for the reporting and evaluation browser tests, which run outside the deployment, to the settings the whole
 * shared server lives with, so that a test can read them first and put them back after:
 * <ul>
 *   <li>{@code GET ?do=state}: {@code version=<current question version>}, {@code questions=<its count>},
 *   {@code requirements=POLICE_UNIT:40,...} (one line each)</li>
 *   <li>{@code POST ?do=restore[&version=N][&requirements=TYPE:H,...][&anonymous=COURSE]}: republishes version N's
 *   questions if the current ones differ, sets the requirements back, makes the course's evaluations anonymous
 *   again</li>
 *   <li>{@code GET ?do=people&organisation=CODE}: the service numbers of the organisation's people, one a line</li>
 *   <li>{@code GET ?do=overview}: {@code failing=} outbox messages failing, {@code expiring=} valid certificates
 *   expiring within the overview's window, {@code fixtureExpiring=} those of them of {@link ReportFixture}'s</li>
 * </ul>
 * Only ever in test deployments.
 */
@WebServlet("/testing/report-settings")
public class ReportSettingsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QuestionSets questionSets;

    @Inject
    transient TestEvaluations evaluations;

    @Inject
    transient TrainingCompliance compliance;

    @Inject
    transient org.tadreeb.platform.CentreClock clock;

    @PersistenceContext
    transient EntityManager entityManager;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String answer;
        switch (String.valueOf(request.getParameter("do"))) {
            case "state" -> answer = "version=" + evaluations.questionState()[0] + "\n"
                    + "questions=" + evaluations.questionState()[1] + "\n"
                    + "requirements=" + compliance.requirements().entrySet().stream()
                    .map(e -> e.getKey().name() + ":" + e.getValue()).collect(Collectors.joining(",")) + "\n";
            case "people" -> answer = ((List<?>) entityManager.createNativeQuery("""
                            SELECT p.service_number FROM person p JOIN organisation o ON o.id = p.organisation_id
                            WHERE o.code = ?1""").setParameter(1, request.getParameter("organisation"))
                    .getResultList()).stream().map(String::valueOf).collect(Collectors.joining("\n")) + "\n";
            case "overview" -> {
                String expiring = """
                        SELECT COUNT(*) FROM certificate
                         WHERE status = 'VALID' AND live_enrolment_id IS NOT NULL
                           AND expires_on BETWEEN ?1 AND ?2""";
                java.sql.Date from = java.sql.Date.valueOf(clock.today());
                java.sql.Date to = java.sql.Date.valueOf(clock.today().plusDays(CentreOverview.EXPIRING_WITHIN_DAYS));
                answer = "failing=" + count("SELECT COUNT(*) FROM outbox_message WHERE status = 'FAILING'", null, null)
                        + "\nexpiring=" + count(expiring, from, to)
                        + "\nfixtureExpiring=" + count(expiring + " AND certificate_number LIKE 'RPT-%'", from, to) + "\n";
            }
            default -> {
                response.sendError(400);
                return;
            }
        }
        response.getWriter().write(answer);
    }

    private long count(String sql, Object first, Object second) {
        var query = entityManager.createNativeQuery(sql);
        if (first != null) {
            query.setParameter(1, first).setParameter(2, second);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"restore".equals(request.getParameter("do"))) {
            response.sendError(400);
            return;
        }
        String version = request.getParameter("version");
        if (version != null) {
            evaluations.restoreQuestions(Integer.parseInt(version));
        }
        String requirements = request.getParameter("requirements");
        if (requirements != null) {
            Map<OrganisationType, Integer> hours = new EnumMap<>(OrganisationType.class);
            for (String pair : requirements.split(",")) {
                String[] parts = pair.split(":");
                hours.put(OrganisationType.valueOf(parts[0]), Integer.parseInt(parts[1]));
            }
            compliance.changeRequirements("admin", hours);
        }
        String anonymous = request.getParameter("anonymous");
        if (anonymous != null) {
            questionSets.setAnonymous("admin", anonymous, true);
        }
        response.setStatus(204);
    }
}
