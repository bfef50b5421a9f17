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
import org.tadreeb.reporting.TrainingReportPdf;
import org.tadreeb.reporting.TrainingReports;

/**
 * The training report as CSV, XLSX or PDF, for the filter in the address (the page's own query), in the reader's
 * language. Only administrators reach {@code /admin/} (web.xml); a malformed filter answers 400.
 */
@WebServlet({"/admin/reports/training.csv", "/admin/reports/training.xlsx", "/admin/reports/training.pdf"})
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
            // A servlet, outside Faces (BusinessExceptionHandler never sees it): the refusal is answered as an HTTP status.
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Language language = LanguageResolver.resolve(request);
        String path = request.getServletPath();
        String extension = path.substring(path.lastIndexOf('.') + 1);
        byte[] content;
        switch (extension) {
            case "xlsx" -> {
                content = TrainingReportExport.xlsx(report, language);
                response.setContentType(TrainingReportExport.XLSX_MEDIA_TYPE);
            }
            case "pdf" -> {
                content = TrainingReportPdf.render(report, language, clock.today());
                response.setContentType("application/pdf");
            }
            default -> {
                content = TrainingReportExport.csv(report, language);
                response.setContentType("text/csv;charset=UTF-8");
            }
        }
        String name = "training-report-" + report.filter().from() + "-" + report.filter().to() + "." + extension;
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
