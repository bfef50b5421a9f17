package org.tadreeb.grading.web;

import static org.tadreeb.platform.web.CsvCells.cell;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tadreeb.grading.AttendanceMark;
import org.tadreeb.grading.AttendanceMatrix;
import org.tadreeb.grading.AttendanceService;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.LanguageResolver;
import org.tadreeb.platform.i18n.Messages;

/**
 * A cohort's attendance as a spreadsheet, {@code ?code=}: a line per trainee, a column per meeting held (its start,
 * {@code yyyy-MM-dd HH:mm}) with the mark in the reader's language, then the trainee's counts and attendance rate by
 * the course's rule. CSV is UTF-8 with a byte-order mark so that Excel reads the Arabic names; XLSX has the rate as a
 * number and runs right to left for Arabic readers. Administrators (under {@code /admin/}) and the cohort's
 * instructors (under {@code /instructor/}); {@link org.tadreeb.grading.GradingAccess} decides, so another
 * instructor's cohort answers 403.
 */
@WebServlet({"/admin/cohorts/attendance.csv", "/admin/cohorts/attendance.xlsx",
        "/instructor/attendance.csv", "/instructor/attendance.xlsx"})
public class AttendanceExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MEETING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient AttendanceService attendance;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AttendanceMatrix matrix;
        try {
            matrix = attendance.matrix(request.getRemoteUser(), request.getParameter("code"));
        } catch (RuntimeException failure) {
            // A servlet, outside Faces (BusinessExceptionHandler never sees it): the refusal is answered as an HTTP status.
            BusinessException refused = BusinessExceptions.find(failure);
            if (refused == null) {
                throw failure;
            }
            response.sendError(refused.httpStatus() == 403 ? 403 : 404);
            return;
        }
        Language language = LanguageResolver.resolve(request);
        List<List<Object>> table = table(matrix, language);
        String name = "attendance-" + matrix.cohortCode().replaceAll("[^A-Za-z0-9_-]", "");
        if (request.getServletPath().endsWith(".xlsx")) {
            response.setContentType(XLSX);
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
            writeXlsx(table, matrix.cohortCode(), language, response.getOutputStream());
        } else {
            response.setContentType("text/csv");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
            PrintWriter out = response.getWriter();
            out.write('\uFEFF');
            for (List<Object> line : table) {
                out.write(String.join(",", line.stream().map(v -> cell(v == null ? "" : v.toString())).toList()) + "\r\n");
            }
            out.flush();
        }
    }

    /** The heading line, then a line per trainee; a rate is a number (null while nothing counts), the rest text. */
    static List<List<Object>> table(AttendanceMatrix matrix, Language language) {
        List<List<Object>> table = new ArrayList<>();
        List<Object> heading = new ArrayList<>(List.of(text(language, "person.serviceNumber"),
                text(language, "roster.csv.nameArabic"), text(language, "roster.csv.nameLatin")));
        matrix.meetings().forEach(m -> heading.add(MEETING.format(m.startsAt())));
        for (AttendanceMark mark : AttendanceMark.values()) {
            heading.add(text(language, mark.messageKey()));
        }
        heading.add(text(language, "attendance.rate"));
        table.add(heading);
        for (AttendanceMatrix.Line line : matrix.lines()) {
            List<Object> row = new ArrayList<>(List.of(line.serviceNumber(), line.nameArabic(), line.nameLatin()));
            line.marks().forEach(mark -> row.add(mark == null ? "" : text(language, mark.messageKey())));
            row.add(line.tally().present());
            row.add(line.tally().late());
            row.add(line.tally().absent());
            row.add(line.tally().excused());
            row.add(line.rate());
            table.add(row);
        }
        return table;
    }

    private static void writeXlsx(List<List<Object>> table, String cohortCode, Language language, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(cohortCode.toUpperCase(Locale.ROOT));
            sheet.setRightToLeft(language.isRightToLeft());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = table.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                    if (r == 0) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            int columns = table.get(0).size();
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, (c < 3 ? 28 : 17) * 256);
            }
            sheet.createFreezePane(3, 1);
            workbook.write(out);
        }
    }

    private static String text(Language language, String key) {
        return Messages.text(language, key);
    }
}
