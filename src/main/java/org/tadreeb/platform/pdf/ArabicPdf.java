package org.tadreeb.platform.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * What every Tadreeb PDF shares (certificates, transcripts): the embedded Amiri font (SIL OFL, see
 * {@code fonts/OFL.txt}; it has Latin letters too), and text that OpenPDF shapes and orders for Arabic. OpenPDF
 * shapes Arabic only inside a {@link ColumnText} or a table cell given an explicit run direction: right to left
 * for Arabic-first text, left to right for English-first text (which still shapes any Arabic inside it). The
 * default, no bidi, draws unjoined letters in the wrong order.
 */
public final class ArabicPdf {

    private static final String FONTS = "/org/tadreeb/platform/pdf/fonts/";
    private static final byte[] REGULAR = read("Amiri-Regular.ttf");
    private static final byte[] BOLD = read("Amiri-Bold.ttf");

    /** The two weights of the embedded font. */
    public record Fonts(BaseFont regular, BaseFont bold) {

        public Font regular(float size, Color color) {
            return new Font(regular, size, Font.NORMAL, color);
        }

        public Font bold(float size, Color color) {
            return new Font(bold, size, Font.NORMAL, color);
        }
    }

    private ArabicPdf() {
    }

    /** Opens a document that writes to {@code out}, titled and credited to Tadreeb. */
    public static PdfWriter open(Document document, OutputStream out, String title) {
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("Tadreeb");
            document.open();
            return writer;
        } catch (DocumentException failed) {
            throw new IllegalStateException("The PDF " + title + " could not be started", failed);
        }
    }

    /** The embedded fonts (OpenPDF keeps one parsed copy; each document embeds the glyphs it uses). */
    public static Fonts fonts() {
        try {
            return new Fonts(
                    BaseFont.createFont("Amiri-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, REGULAR, null),
                    BaseFont.createFont("Amiri-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, BOLD, null));
        } catch (DocumentException | IOException failed) {
            throw new IllegalStateException("The embedded fonts could not be read", failed);
        }
    }

    /** Whether a text has any Arabic letter (and so should run right to left when it leads a line). */
    public static boolean hasArabic(String text) {
        return text != null && text.chars().anyMatch(ch -> Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.ARABIC);
    }

    public static int runDirection(boolean arabicFirst) {
        return arabicFirst ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    }

    /**
     * One line between x1 and x2 on its baseline. Arabic-first lines run right to left (there ALIGN_LEFT starts
     * at the right); English-first lines run left to right and still shape and order any Arabic inside them.
     */
    public static void line(PdfContentByte canvas, String text, Font font, float x1, float x2, float baseline,
                            int alignment, boolean arabicFirst) {
        float size = font.getSize();
        ColumnText column = new ColumnText(canvas);
        column.setRunDirection(runDirection(arabicFirst));
        column.setSimpleColumn(new Phrase(text, font), x1, baseline - size * 0.6f, x2, baseline + size * 1.2f,
                size * 1.2f, alignment);
        try {
            column.go();
        } catch (DocumentException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /**
     * A full-width table whose columns have the given relative widths, listed in reading order: a right-to-left
     * table places its cells from the right but reads the widths from the left, so they are reversed for it.
     */
    public static PdfPTable table(float[] widths, boolean arabicFirst) {
        PdfPTable table = new PdfPTable(widths.length);
        table.setWidthPercentage(100);
        float[] visual = widths.clone();
        if (arabicFirst) {
            for (int i = 0; i < visual.length; i++) {
                visual[i] = widths[widths.length - 1 - i];
            }
        }
        try {
            table.setWidths(visual);
        } catch (DocumentException impossible) {
            throw new IllegalStateException(impossible);
        }
        table.setRunDirection(runDirection(arabicFirst));
        return table;
    }

    /** A table cell whose text is shaped and ordered in the given direction, without borders. */
    public static PdfPCell cell(String text, Font font, boolean arabicFirst) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setRunDirection(runDirection(arabicFirst));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(5);
        return cell;
    }

    private static byte[] read(String name) {
        try (InputStream in = ArabicPdf.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
