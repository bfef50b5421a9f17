package org.tadreeb.reporting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tadreeb.enrolment.PartnerTraining;
import org.tadreeb.platform.AccessDeniedException;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.LanguageResolver;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.platform.web.CsvCells;
import org.tadreeb.reporting.TrainingCompliance;

/**
 * The compliance view's people as CSV, for its filter, in the reader's language: everyone's for administrators
 * under {@code /admin/}, the coordinator's own organisation's under {@code /coordinator/} (web.xml guards the folders).
 */
@WebServlet({"/admin/reports/compliance.csv", "/coordinator/compliance.csv"})
public class TrainingComplianceExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TrainingCompliance compliance;

    @Inject
    transient PartnerTraining partners;

    @Inject
    transient CentreClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TrainingCompliance.Filter filter;
        try {
            filter = TrainingComplianceBacking.filterOf(request, clock.today().getYear());
            if (request.getServletPath().startsWith("/coordinator/")) {
                filter = filter.forOrganisation(partners.organisationOf(request.getRemoteUser()).getCode());
            }
        } catch (InvalidInputException invalid) {
            // A servlet, outside Faces (BusinessExceptionHandler never sees it): the refusal is answered as an HTTP status.
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (AccessDeniedException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Language language = LanguageResolver.resolve(request);
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(CsvCells.line(List.of(Messages.text(language, "person.serviceNumber"), Messages.text(language, "person.name"),
                Messages.text(language, "person.organisation"), Messages.text(language, "person.governorate"),
                Messages.text(language, "compliance.required"), Messages.text(language, "compliance.completed"),
                Messages.text(language, "compliance.remaining"), Messages.text(language, "compliance.status"))));
        for (TrainingCompliance.Person person : compliance.all(filter)) {
            out.append(CsvCells.line(List.of(person.serviceNumber(), person.name(language.locale()),
                    nullToEmpty(person.organisation(language.locale())), nullToEmpty(person.governorate(language.locale())),
                    String.valueOf(person.requiredHours()), person.completedHours().toPlainString(),
                    person.remainingHours().toPlainString(),
                    Messages.text(language, person.isBehind() ? "compliance.behind" : "compliance.met"))));
        }
        byte[] content = out.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"training-compliance-" + filter.year() + ".csv\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }


    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
