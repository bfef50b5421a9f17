package org.tadreeb.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.platform.web.CsvCells;

/**
 * A training report as a spreadsheet in the reader's language, with the same figures as the page. The CSV is one
 * table (the breakdown, the group, then the figures; the totals first); the XLSX has a sheet for the totals and one
 * per breakdown, numbers as numbers, right to left for Arabic readers.
 */
public final class TrainingReportExport {

    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TrainingReportExport() {
    }

    public static byte[] csv(TrainingReport report, Language language) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> headings = new ArrayList<>();
        headings.add(Messages.text(language, "reports.breakdown"));
        headings.add(Messages.text(language, "reports.group"));
        headings.addAll(figureHeadings(language));
        out.append(CsvCells.line(headings));
        String totals = Messages.text(language, "reports.totals");
        List<String> first = new ArrayList<>(List.of(totals, totals));
        figures(report.totals()).forEach(value -> first.add(text(value)));
        out.append(CsvCells.line(first));
        for (ReportDimension dimension : ReportDimension.values()) {
            for (TrainingReport.Line group : report.lines(dimension)) {
                List<String> cells = new ArrayList<>();
                cells.add(Messages.text(language, dimension.messageKey()));
                cells.add(group.label(language));
                figures(group.figures()).forEach(value -> cells.add(text(value)));
                out.append(CsvCells.line(cells));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(TrainingReport report, Language language) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            String totals = Messages.text(language, "reports.totals");
            Sheet first = sheet(workbook, totals, totals, language, bold);
            write(first.createRow(1), totals, report.totals());
            Row period = first.createRow(3);
            period.createCell(0).setCellValue(Messages.text(language, "reports.from"));
            period.createCell(1).setCellValue(report.filter().from().toString());
            Row end = first.createRow(4);
            end.createCell(0).setCellValue(Messages.text(language, "reports.to"));
            end.createCell(1).setCellValue(report.filter().to().toString());
            for (ReportDimension dimension : ReportDimension.values()) {
                String name = Messages.text(language, dimension.messageKey());
                Sheet sheet = sheet(workbook, name, name, language, bold);
                int r = 1;
                for (TrainingReport.Line group : report.lines(dimension)) {
                    write(sheet.createRow(r++), group.label(language), group.figures());
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name, String groupHeading, Language language,
                               CellStyle bold) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        sheet.setRightToLeft(language == Language.ARABIC);
        List<String> headings = new ArrayList<>();
        headings.add(groupHeading);
        headings.addAll(figureHeadings(language));
        Row header = sheet.createRow(0);
        for (int c = 0; c < headings.size(); c++) {
            header.createCell(c).setCellValue(headings.get(c));
            header.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, (c == 0 ? 36 : 16) * 256);
        }
        sheet.createFreezePane(1, 1);
        return sheet;
    }

    private static void write(Row row, String label, TrainingFigures figures) {
        row.createCell(0).setCellValue(label);
        int c = 1;
        for (Object value : figures(figures)) {
            if (value instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            }
            c++;
        }
    }

    private static List<String> figureHeadings(Language language) {
        return List.of("reports.trainees", "reports.enrolments", "reports.completed", "reports.failed",
                "reports.passRate", "reports.certificates", "reports.hours", "reports.evaluation").stream()
                .map(key -> Messages.text(language, key)).toList();
    }

    /** The figures in the headings' order; a pass rate nobody has earned yet is null, left blank. */
    private static List<Object> figures(TrainingFigures figures) {
        List<Object> values = new ArrayList<>();
        values.add(figures.trainees());
        values.add(figures.enrolments());
        values.add(figures.completed());
        values.add(figures.failed());
        values.add(figures.passRate());
        values.add(figures.certificates());
        values.add(figures.hours());
        values.add(figures.evaluation());
        return values;
    }


    private static String text(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value == null ? "" : value.toString();
    }
}
