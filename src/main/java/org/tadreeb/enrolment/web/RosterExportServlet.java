package org.tadreeb.enrolment.web;

import static org.tadreeb.platform.web.CsvCells.cell;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.tadreeb.cohort.CohortNotFoundException;
import org.tadreeb.enrolment.CohortRoster;
import org.tadreeb.people.OrganisationType;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.LanguageResolver;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.cohort.CohortCode;

/**
 * {@code /admin/cohorts/roster.csv?code=}: a cohort's roster as a spreadsheet, in the order of the roster page.
 * UTF-8 with a byte-order mark so that Excel reads the Arabic names; headings and statuses in the reader's
 * language. Administrators only (web.xml guards {@code /admin/*}).
 */
@WebServlet("/admin/cohorts/roster.csv")
public class RosterExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> HEADINGS = List.of("person.serviceNumber", "roster.csv.nameArabic",
            "roster.csv.nameLatin", "person.organisation", "enrolment.status", "roster.seatPool", "roster.place",
            "roster.queuedAt", "roster.reason");

    @Inject
    transient CohortRoster roster;

    @Inject
    transient CentreClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("code");
        List<CohortRoster.Entry> entries;
        try {
            entries = roster.of(code);
        } catch (RuntimeException unknown) {
            if (!(BusinessExceptions.find(unknown) instanceof CohortNotFoundException)) {
                throw unknown;
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = LanguageResolver.resolve(request);
        String safeCode = CohortCode.of(code).value().replaceAll("[^A-Z0-9_-]", "");
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"roster-" + safeCode + ".csv\"");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        out.write(String.join(",", HEADINGS.stream().map(key -> cell(Messages.text(language, key))).toList()) + "\r\n");
        for (CohortRoster.Entry entry : entries) {
            out.write(String.join(",", List.of(
                    cell(entry.serviceNumber()),
                    cell(entry.nameArabic()),
                    cell(entry.nameLatin()),
                    cell(entry.organisationCode()),
                    cell(Messages.text(language, entry.status().messageKey())),
                    cell(pool(language, entry.seatPool())),
                    cell(entry.waitlistPosition() == null ? "" : entry.waitlistPosition().toString()),
                    cell(entry.queuedAt() == null ? "" : LocalDateTime.ofInstant(entry.queuedAt(), clock.zone()).toString()),
                    cell(entry.reason()))) + "\r\n");
        }
        out.flush();
    }

    private static String pool(Language language, String pool) {
        for (OrganisationType type : OrganisationType.values()) {
            if (type.name().equals(pool)) {
                return Messages.text(language, type.messageKey());
            }
        }
        return Messages.text(language, "roster.pool.general");
    }
}
