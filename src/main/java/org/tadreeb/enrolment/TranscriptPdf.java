package org.tadreeb.enrolment;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.platform.pdf.ArabicPdf;

/**
 * A trainee's transcript as a PDF, A4 portrait, in the reader's language: right to left for Arabic, with the
 * certificates' embedded font and shaping ({@link ArabicPdf}). The person's names in both scripts, number,
 * organisation and completed hours, then a line per cohort; long transcripts run onto more pages, the table's
 * heading repeated.
 */
public final class TranscriptPdf {

    private static final Color INK = new Color(0x1F, 0x2A, 0x44);
    private static final Color ACCENT = new Color(0x0B, 0x5E, 0x55);
    private static final Color RULE = new Color(0xC9, 0xCE, 0xD6);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private TranscriptPdf() {
    }

    public static byte[] render(Transcript transcript, Language language, LocalDate today) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        ArabicPdf.open(document, out, "Transcript " + transcript.person().serviceNumber());
        new Writing(document, language, ArabicPdf.fonts()).write(transcript, today);
        document.close();
        return out.toByteArray();
    }

    private record Writing(Document document, Language language, ArabicPdf.Fonts fonts) {

        boolean arabic() {
            return language == Language.ARABIC;
        }

        String text(String key, Object... arguments) {
            return Messages.text(language, key, arguments);
        }

        void write(Transcript transcript, LocalDate today) {
            Locale locale = language.locale();
            var person = transcript.person();
            PdfPTable heading = table(new float[] {1});
            heading.addCell(line(text("app.tagline"), fonts.bold(14, ACCENT)));
            heading.addCell(line(text("transcript.title"), fonts.bold(22, INK)));
            heading.addCell(line(person.name(locale), fonts.bold(16, INK)));
            heading.addCell(line(person.otherName(locale), fonts.regular(13, INK), ArabicPdf.hasArabic(person.otherName(locale))));
            add(heading);

            PdfPTable facts = table(new float[] {2, 5});
            fact(facts, text("person.serviceNumber"), person.serviceNumber());
            fact(facts, text("person.organisation"), person.organisation(locale));
            fact(facts, text("transcript.completedHours"), Integer.toString(transcript.completedHours()));
            fact(facts, text("transcript.pdf.printedOn"), DATE.format(today));
            facts.setSpacingBefore(10);
            facts.setSpacingAfter(14);
            add(facts);

            // Each cohort takes two rows: the course's title across the table (a long Arabic title wraps cleanly
            // there), then its code, dates, hours and status under the headings.
            PdfPTable lines = table(new float[] {2.5f, 4, 2, 2.5f});
            Font head = fonts.bold(11, ACCENT);
            for (String key : new String[] {"calendar.cohort", "cohort.dates", "transcript.hours", "enrolment.status"}) {
                PdfPCell cell = line(text(key), head);
                cell.setBorder(PdfPCell.BOTTOM);
                cell.setBorderColor(ACCENT);
                lines.addCell(cell);
            }
            lines.setHeaderRows(1);
            Font title = fonts.bold(12, INK);
            Font body = fonts.regular(11, INK);
            if (transcript.lines().isEmpty()) {
                PdfPCell none = line(text("transcript.none"), body);
                none.setColspan(4);
                lines.addCell(none);
            }
            for (Transcript.Line entry : transcript.lines()) {
                PdfPCell course = line(entry.courseTitle(locale), title);
                course.setColspan(4);
                course.setPaddingTop(8);
                course.setPaddingBottom(3);
                lines.addCell(course);
                lines.addCell(ruled(line(entry.cohortCode(), body, false)));
                lines.addCell(ruled(line(DATE.format(entry.startsOn()) + " – " + DATE.format(entry.endsOn()), body, false)));
                lines.addCell(ruled(line(Integer.toString(entry.contactHours()), body, false)));
                lines.addCell(ruled(line(text(entry.status().messageKey()), body)));
            }
            add(lines);
        }

        private void fact(PdfPTable table, String label, String value) {
            table.addCell(line(label, fonts.bold(11, INK)));
            table.addCell(line(value == null ? "—" : value, fonts.regular(11, INK), ArabicPdf.hasArabic(value)));
        }

        private PdfPTable table(float[] widths) {
            return ArabicPdf.table(widths, arabic());
        }

        /** Text in the page's direction (Arabic or English first, as the reader reads). */
        private PdfPCell line(String value, Font font) {
            return line(value, font, arabic());
        }

        /** Text whose own direction differs from the page's: numbers and dates, a name in the other script. */
        private PdfPCell line(String value, Font font, boolean arabicFirst) {
            PdfPCell cell = ArabicPdf.cell(value, font, arabicFirst);
            if (arabicFirst != arabic()) {
                // Towards the page's start: right of a left-to-right cell, and (mirrored) left of a right-to-left one.
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            return cell;
        }

        private static PdfPCell ruled(PdfPCell cell) {
            cell.setBorder(PdfPCell.BOTTOM);
            cell.setBorderColor(RULE);
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
