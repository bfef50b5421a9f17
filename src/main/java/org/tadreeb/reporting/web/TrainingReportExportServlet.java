package org.tadreeb.reporting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.LanguageResolver;
import org.tadreeb.reporting.TrainingReport;
import org.tadreeb.reporting.TrainingReportExport;
import org.tadreeb.reporting.TrainingReportFilter;
import org.tadreeb.reporting.TrainingReports;

/**
 * The training report as CSV or XLSX, for the filter in the address (the page's own query), in the reader's
 * language. Only administrators reach {@code /admin/} (web.xml); a malformed filter answers 400.
 */
@WebServlet({"/admin/reports/training.csv", "/admin/reports/training.xlsx"})
public class TrainingReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TrainingReports reports;

    @Inject
    transient CentreClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TrainingReport report;
        try {
            report = reports.report(TrainingReportFilter.fromParameters(request::getParameter, clock.today()));
        } catch (InvalidInputException invalid) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Language language = LanguageResolver.resolve(request);
        boolean xlsx = request.getServletPath().endsWith(".xlsx");
        byte[] content = xlsx ? TrainingReportExport.xlsx(report, language) : TrainingReportExport.csv(report, language);
        String name = "training-report-" + report.filter().from() + "-" + report.filter().to() + (xlsx ? ".xlsx" : ".csv");
        response.setContentType(xlsx ? TrainingReportExport.XLSX_MEDIA_TYPE : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
