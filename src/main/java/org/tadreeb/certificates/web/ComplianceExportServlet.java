package org.tadreeb.certificates.web;

import static org.tadreeb.platform.web.CsvCells.guard;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tadreeb.certificates.ComplianceFilter;
import org.tadreeb.certificates.ComplianceReport;
import org.tadreeb.certificates.ComplianceRow;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.LanguageResolver;
import org.tadreeb.platform.i18n.Messages;

/**
 * {@code /admin/compliance.csv?withinDays=&course=&organisation=&governorate=}: the compliance view's rows as a
 * spreadsheet, the same filters and order as the page, every row (up to {@link ComplianceReport#MAX_EXPORT}). UTF-8
 * with a byte-order mark for Excel; headings and states in the reader's language; written by commons-csv, every text
 * guarded by {@code CsvCells.guard} (a name cannot run as a formula). Administrators only (web.xml guards {@code /admin/*}).
 */
@WebServlet("/admin/compliance.csv")
public class ComplianceExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> HEADINGS = List.of("person.serviceNumber", "roster.csv.nameArabic",
            "roster.csv.nameLatin", "person.organisation", "person.governorate", "expiry.csv.courseCode",
            "expiry.compliance.course", "certificates.number", "certificates.issuedOn", "expiry.compliance.expiresOn",
            "expiry.csv.state", "expiry.csv.daysLeft", "person.email");

    @Inject
    transient ComplianceReport report;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = LanguageResolver.resolve(request);
        ComplianceReport.Page page;
        try {
            page = report.all(ComplianceFilter.fromQuery(request.getParameter("withinDays"), request.getParameter("course"),
                    request.getParameter("organisation"), request.getParameter("governorate")));
        } catch (RuntimeException refused) {
            // A servlet, outside Faces (BusinessExceptionHandler never sees it): a wrong filter answers 400 naming the range.
            BusinessException rule = BusinessExceptions.find(refused);
            if (rule == null) {
                throw refused;
            }
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, Messages.text(language, "expiry.error.withinDays", 0,
                    ComplianceFilter.MAX_DAYS));
            return;
        }
        Locale locale = language.locale();
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"certificate-compliance-" + page.today() + ".csv\"");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord(HEADINGS.stream().map(key -> Messages.text(language, key)).toList());
        for (ComplianceRow row : page.rows()) {
            boolean expired = row.expiredOn(page.today());
            csv.printRecord(
                    guard(row.serviceNumber()),
                    guard(row.nameArabic()),
                    guard(row.nameLatin()),
                    guard(row.organisation(locale)),
                    guard(row.governorate(locale)),
                    row.courseCode(),
                    guard(row.course(locale)),
                    row.number(),
                    row.issuedOn(),
                    row.expiresOn(),
                    Messages.text(language, expired ? "certificate.status.EXPIRED" : "expiry.csv.expiring"),
                    row.daysLeftOn(page.today()),
                    guard(row.email()));
        }
        csv.flush();
    }

}
