package org.tadreeb.certificates;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.tadreeb.platform.pdf.ArabicPdf;

/**
 * The printable certificate: one A4 landscape page, Arabic (right) and English (left) side by side, with a QR code
 * that opens the public verification page. Arabic is shaped and ordered as {@link ArabicPdf} explains, in its
 * embedded Amiri font. Several certificates print as one document, a page each (a cohort's, for printing).
 */
public final class CertificatePdf {

    private static final Color INK = new Color(0x1F, 0x2A, 0x44);
    private static final Color ACCENT = new Color(0x0B, 0x5E, 0x55);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private CertificatePdf() {
    }

    /** The PDF of a certificate; {@code verificationUrl} is what the QR code holds. */
    public static byte[] render(CertificateView certificate, String centreArabic, String centreEnglish,
                                String verificationUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(List.of(certificate), centreArabic, centreEnglish, c -> verificationUrl, out);
        return out.toByteArray();
    }

    /**
     * Certificates as one document, a page each, written to {@code out} (the font is embedded once); each QR code
     * holds the certificate's {@code verificationUrl}.
     */
    public static void render(List<CertificateView> certificates, String centreArabic, String centreEnglish,
                              Function<CertificateView, String> verificationUrl, OutputStream out) {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("A PDF needs at least one certificate");
        }
        Document document = new Document(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), 0, 0, 0, 0);
        String title = certificates.size() == 1 ? "Certificate " + certificates.get(0).number()
                : "Certificates " + certificates.get(0).number() + " to " + certificates.get(certificates.size() - 1).number();
        PdfWriter writer = ArabicPdf.open(document, out, title);
        ArabicPdf.Fonts fonts = ArabicPdf.fonts();
        Page page = new Page(writer.getDirectContent(), fonts.regular(), fonts.bold());
        for (CertificateView certificate : certificates) {
            document.newPage();
            page.draw(certificate, centreArabic, centreEnglish, verificationUrl.apply(certificate));
        }
        document.close();
    }

    private record Page(PdfContentByte canvas, BaseFont regular, BaseFont bold) {

        private static final float WIDTH = PageSize.A4.getHeight();
        private static final float HEIGHT = PageSize.A4.getWidth();
        private static final float MIDDLE = WIDTH / 2;

        void draw(CertificateView c, String centreArabic, String centreEnglish, String url) {
            frame();
            centred(centreArabic, bold, 22, ACCENT, HEIGHT - 78, true);
            centred(centreEnglish, bold, 16, ACCENT, HEIGHT - 104, false);
            centred("شهادة إتمام دورة تدريبية", bold, 26, INK, HEIGHT - 150, true);
            centred("Certificate of Course Completion", regular, 18, INK, HEIGHT - 176, false);

            centred("يشهد المركز بأن", regular, 14, INK, HEIGHT - 210, true);
            centred(c.holderArabic(), bold, 24, INK, HEIGHT - 242, true);
            centred("This is to certify that  " + c.holderLatin(), regular, 16, INK, HEIGHT - 268, false);

            centred("قد أتمّ بنجاح الدورة التدريبية", regular, 14, INK, HEIGHT - 298, true);
            centred(c.courseTitleArabic(), bold, 20, ACCENT, HEIGHT - 326, true);
            centred("has successfully completed the course  " + c.courseTitleEnglish(), regular, 15, INK, HEIGHT - 352, false);

            String expiresAr = c.expiresOn() == null ? "غير محددة" : date(c.expiresOn());
            String expiresEn = c.expiresOn() == null ? "none" : date(c.expiresOn());
            Map<String, String> arabic = new java.util.LinkedHashMap<>();
            arabic.put("عدد الساعات التدريبية", Integer.toString(c.contactHours()));
            arabic.put("الدفعة", c.cohortCode() + "  (" + date(c.cohortStartsOn()) + " – " + date(c.cohortEndsOn()) + ")");
            arabic.put("رقم الشهادة", c.number());
            arabic.put("تاريخ الإصدار", date(c.issuedOn()));
            arabic.put("تاريخ الانتهاء", expiresAr);
            Map<String, String> english = new java.util.LinkedHashMap<>();
            english.put("Contact hours", Integer.toString(c.contactHours()));
            english.put("Cohort", c.cohortCode() + "  (" + date(c.cohortStartsOn()) + " – " + date(c.cohortEndsOn()) + ")");
            english.put("Certificate number", c.number());
            english.put("Issued on", date(c.issuedOn()));
            english.put("Valid until", expiresEn);
            float y = HEIGHT - 392;
            var ar = arabic.entrySet().iterator();
            var en = english.entrySet().iterator();
            while (ar.hasNext()) {
                var a = ar.next();
                var e = en.next();
                // The label runs right to left; the value (numbers, dates, codes) left to right just before it.
                String label = a.getKey() + ":";
                text(label, regular, 12, INK, MIDDLE + 30, WIDTH - 70, y, Element.ALIGN_LEFT, true);
                float labelWidth = regular.getWidthPoint(label, 12) + 6;
                text(a.getValue(), regular, 12, INK, MIDDLE + 30, WIDTH - 70 - labelWidth, y, Element.ALIGN_RIGHT,
                        ArabicPdf.hasArabic(a.getValue()));
                text(e.getKey() + ": " + e.getValue(), regular, 12, INK, 70, MIDDLE - 30, y, Element.ALIGN_LEFT, false);
                y -= 19;
            }

            Signatory s = c.signatory();
            text(s.nameArabic(), bold, 13, INK, WIDTH - 300, WIDTH - 70, 92, Element.ALIGN_CENTER, true);
            text(s.titleArabic(), regular, 11, INK, WIDTH - 300, WIDTH - 70, 74, Element.ALIGN_CENTER, true);
            text(s.nameEnglish(), bold, 13, INK, 70, 300, 92, Element.ALIGN_CENTER, false);
            text(s.titleEnglish(), regular, 11, INK, 70, 300, 74, Element.ALIGN_CENTER, false);
            canvas.setColorStroke(INK);
            canvas.setLineWidth(0.6f);
            canvas.moveTo(WIDTH - 285, 110);
            canvas.lineTo(WIDTH - 85, 110);
            canvas.moveTo(85, 110);
            canvas.lineTo(285, 110);
            canvas.stroke();

            qr(url, MIDDLE - 50, 58, 100);
            centred("تحقق من الشهادة بمسح الرمز  ·  Scan to verify", regular, 9, INK, 44, true);
        }

        private void frame() {
            canvas.setColorStroke(ACCENT);
            canvas.setLineWidth(3f);
            canvas.rectangle(24, 24, WIDTH - 48, HEIGHT - 48);
            canvas.stroke();
            canvas.setLineWidth(0.8f);
            canvas.rectangle(32, 32, WIDTH - 64, HEIGHT - 64);
            canvas.stroke();
        }

        private void centred(String line, BaseFont font, float size, Color color, float baseline, boolean arabicFirst) {
            text(line, font, size, color, 50, WIDTH - 50, baseline, Element.ALIGN_CENTER, arabicFirst);
        }

        private void text(String line, BaseFont font, float size, Color color, float x1, float x2, float baseline,
                          int alignment, boolean arabicFirst) {
            ArabicPdf.line(canvas, line, new Font(font, size, Font.NORMAL, color), x1, x2, baseline, alignment, arabicFirst);
        }

        private void qr(String url, float x, float y, float size) {
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(url, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            } catch (WriterException tooLong) {
                throw new IllegalStateException("The verification address does not fit a QR code: " + url, tooLong);
            }
            float module = size / matrix.getWidth();
            canvas.setColorFill(Color.WHITE);
            canvas.rectangle(x, y, size, size);
            canvas.fill();
            canvas.setColorFill(Color.BLACK);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        canvas.rectangle(x + col * module, y + size - (row + 1) * module, module, module);
                    }
                }
            }
            canvas.fill();
        }
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }
}
