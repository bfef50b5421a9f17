package org.tadreeb.reporting;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.platform.pdf.ArabicPdf;

/**
 * A training report as a PDF for donors, in the reader's language (right to left for Arabic, with the embedded font
 * and shaping of {@link ArabicPdf}): the period and filter, the totals, then each breakdown as a bar chart of
 * enrolments and a table of every figure, and the counting rules at the end.
 */
public final class TrainingReportPdf {

    private static final Color INK = new Color(0x1F, 0x2A, 0x44);
    private static final Color ACCENT = new Color(0x0B, 0x4F, 0x6C);
    private static final Color RULE = new Color(0xC9, 0xCE, 0xD6);
    private static final Color TRACK = new Color(0xEE, 0xF1, 0xF4);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private TrainingReportPdf() {
    }

    public static byte[] render(TrainingReport report, Language language, LocalDate today) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        ArabicPdf.open(document, out, "Training report " + report.filter().from() + " " + report.filter().to());
        new Writing(document, language, ArabicPdf.fonts()).write(report, today);
        document.close();
        return out.toByteArray();
    }

    private record Writing(Document document, Language language, ArabicPdf.Fonts fonts) {

        private static final String[] FIGURES = {"reports.trainees", "reports.enrolments", "reports.completed",
                "reports.failed", "reports.passRate", "reports.certificates", "reports.hours", "reports.evaluation"};

        boolean arabic() {
            return language == Language.ARABIC;
        }

        String text(String key, Object... arguments) {
            return Messages.text(language, key, arguments);
        }

        void write(TrainingReport report, LocalDate today) {
            PdfPTable heading = table(new float[] {1});
            heading.addCell(cell(text("app.tagline"), fonts.bold(12, ACCENT)));
            heading.addCell(cell(text("reports.training.title"), fonts.bold(20, INK)));
            heading.addCell(cell(text("reports.periodShown", DATE.format(report.filter().from()),
                    DATE.format(report.filter().to())), fonts.regular(12, INK)));
            heading.addCell(cell(text("reports.pdf.printedOn", DATE.format(today)), fonts.regular(9, INK)));
            heading.setSpacingAfter(12);
            add(heading);

            section(text("reports.totals"));
            PdfPTable totals = table(new float[] {3, 2});
            List<String> values = values(report.totals());
            for (int i = 0; i < FIGURES.length; i++) {
                totals.addCell(ruled(cell(text(FIGURES[i]), fonts.regular(11, INK))));
                totals.addCell(ruled(number(values.get(i), fonts.bold(11, INK))));
            }
            add(totals);
            if (report.isEmpty()) {
                add(paragraph(text("reports.empty")));
            }

            for (ReportDimension dimension : ReportDimension.values()) {
                List<TrainingReport.Line> lines = report.lines(dimension);
                if (lines.isEmpty()) {
                    continue;
                }
                section(text(dimension.messageKey()));
                add(chart(lines));
                add(figures(dimension, lines));
            }
            PdfPTable rules = paragraph(text("reports.rules"));
            rules.setSpacingBefore(14);
            add(rules);
        }

        /** Enrolments per group as horizontal bars, each as long as its share of the largest group. */
        private PdfPTable chart(List<TrainingReport.Line> lines) {
            long largest = lines.stream().mapToLong(line -> line.figures().enrolments()).max().orElse(1);
            PdfPTable chart = table(new float[] {3, 5, 1});
            for (TrainingReport.Line line : lines) {
                chart.addCell(cell(line.label(language), fonts.regular(9, INK)));
                float share = Math.max(0.001f, line.figures().enrolments() / (float) Math.max(1, largest));
                PdfPTable bar = new PdfPTable(2);
                bar.setRunDirection(ArabicPdf.runDirection(arabic()));
                try {
                    bar.setWidths(arabic() ? new float[] {1 - share + 0.001f, share} : new float[] {share, 1 - share + 0.001f});
                } catch (DocumentException impossible) {
                    throw new IllegalStateException(impossible);
                }
                PdfPCell filled = new PdfPCell();
                filled.setBackgroundColor(ACCENT);
                filled.setBorder(PdfPCell.NO_BORDER);
                filled.setFixedHeight(9);
                PdfPCell rest = new PdfPCell();
                rest.setBackgroundColor(TRACK);
                rest.setBorder(PdfPCell.NO_BORDER);
                rest.setFixedHeight(9);
                bar.addCell(filled);
                bar.addCell(rest);
                PdfPCell holder = new PdfPCell(bar);
                holder.setBorder(PdfPCell.NO_BORDER);
                holder.setPadding(3);
                holder.setVerticalAlignment(Element.ALIGN_MIDDLE);
                chart.addCell(holder);
                chart.addCell(number(NumberFormat.getIntegerInstance(Locale.ROOT).format(line.figures().enrolments()),
                        fonts.regular(9, INK)));
            }
            chart.setSpacingAfter(8);
            return chart;
        }

        private PdfPTable figures(ReportDimension dimension, List<TrainingReport.Line> lines) {
            PdfPTable table = table(new float[] {3f, 1.1f, 1.1f, 1f, 1f, 1f, 1.2f, 1.2f, 1.2f});
            Font head = fonts.bold(8, ACCENT);
            table.addCell(ruled(cell(text(dimension.messageKey()), head), ACCENT));
            for (String key : FIGURES) {
                table.addCell(ruled(cell(text(key), head), ACCENT));
            }
            table.setHeaderRows(1);
            Font body = fonts.regular(9, INK);
            for (TrainingReport.Line line : lines) {
                table.addCell(ruled(cell(line.label(language), body)));
                for (String value : values(line.figures())) {
                    table.addCell(ruled(number(value, body)));
                }
            }
            table.setSpacingAfter(6);
            return table;
        }

        private List<String> values(TrainingFigures figures) {
            NumberFormat whole = NumberFormat.getIntegerInstance(Locale.ROOT);
            BigDecimal rate = figures.passRate();
            return List.of(whole.format(figures.trainees()), whole.format(figures.enrolments()),
                    whole.format(figures.completed()), whole.format(figures.failed()),
                    rate == null ? "—" : rate.toPlainString() + " %", whole.format(figures.certificates()),
                    figures.hours().toPlainString(),
                    figures.evaluation() == null ? "—" : figures.evaluation().toPlainString());
        }

        private void section(String title) {
            PdfPTable heading = table(new float[] {1});
            PdfPCell cell = cell(title, fonts.bold(14, ACCENT));
            cell.setPaddingTop(12);
            heading.addCell(cell);
            add(heading);
        }

        private PdfPTable paragraph(String value) {
            PdfPTable table = table(new float[] {1});
            table.addCell(cell(value, fonts.regular(9, INK)));
            return table;
        }

        private PdfPTable table(float[] widths) {
            return ArabicPdf.table(widths, arabic());
        }

        private PdfPCell cell(String value, Font font) {
            return ArabicPdf.cell(value, font, arabic());
        }

        /** Figures read left to right in both languages, placed towards the page's start. */
        private PdfPCell number(String value, Font font) {
            PdfPCell cell = ArabicPdf.cell(value, font, false);
            if (arabic()) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            return cell;
        }

        private static PdfPCell ruled(PdfPCell cell) {
            return ruled(cell, RULE);
        }

        private static PdfPCell ruled(PdfPCell cell, Color color) {
            cell.setBorder(PdfPCell.BOTTOM);
            cell.setBorderColor(color);
            return cell;
        }

        private void add(PdfPTable table) {
            try {
                document.add(table);
            } catch (DocumentException failed) {
                throw new IllegalStateException(failed);
            }
        }
    }
}
