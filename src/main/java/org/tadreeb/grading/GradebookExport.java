package org.tadreeb.grading;

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
import org.tadreeb.platform.web.CsvCells;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;

/**
 * A gradebook as a spreadsheet in the reader's language: service number, both names, a column per component
 * (headed by its name and maximum), attendance rate, weighted total and result. The CSV is UTF-8 with a byte-order
 * mark, as the roster export; the XLSX holds numbers as numbers, right to left for Arabic readers. Importing either
 * back ({@link ScoreImport}) reads the scores and ignores the rest.
 */
public final class GradebookExport {

    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private GradebookExport() {
    }

    public static byte[] csv(Gradebook gradebook, Language language) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", headings(gradebook, language).stream().map(CsvCells::cell).toList())).append("\r\n");
        for (List<Object> row : rows(gradebook, language)) {
            out.append(String.join(",", row.stream().map(value -> CsvCells.cell(text(value))).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(Gradebook gradebook, Language language) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(gradebook.cohortCode()));
            sheet.setRightToLeft(language == Language.ARABIC);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> headings = headings(gradebook, language);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headings.size(); c++) {
                header.createCell(c).setCellValue(headings.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> values : rows(gradebook, language)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) instanceof BigDecimal number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (values.get(c) != null) {
                        row.createCell(c).setCellValue(values.get(c).toString());
                    }
                }
            }
            sheet.createFreezePane(3, 1);
            for (int c = 0; c < headings.size(); c++) {
                sheet.setColumnWidth(c, (c < 3 ? 24 : 16) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static List<String> headings(Gradebook gradebook, Language language) {
        List<String> headings = new ArrayList<>();
        headings.add(Messages.text(language, "person.serviceNumber"));
        headings.add(Messages.text(language, "roster.csv.nameArabic"));
        headings.add(Messages.text(language, "roster.csv.nameLatin"));
        for (Gradebook.Component component : gradebook.components()) {
            headings.add(component.name(language.locale()) + " (" + component.maxScore() + ")");
        }
        headings.add(Messages.text(language, "gradebook.attendanceRate"));
        headings.add(Messages.text(language, "gradebook.weightedTotal"));
        headings.add(Messages.text(language, "gradebook.result"));
        return headings;
    }

    /** Each trainee's values: text, or numbers (null where there is none). */
    private static List<List<Object>> rows(Gradebook gradebook, Language language) {
        List<List<Object>> rows = new ArrayList<>();
        for (Gradebook.Row row : gradebook.rows()) {
            List<Object> values = new ArrayList<>();
            values.add(row.serviceNumber());
            values.add(row.nameArabic());
            values.add(row.nameLatin());
            values.addAll(row.points());
            values.add(row.result().attendanceRate());
            values.add(row.result().weightedTotal());
            values.add(Messages.text(language, row.result().verdict().messageKey()));
            rows.add(values);
        }
        return rows;
    }

    private static String text(Object value) {
        return value instanceof BigDecimal number ? Points.format(number) : value == null ? "" : value.toString();
    }
}
