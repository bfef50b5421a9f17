package org.tadreeb.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The certificate PDF: one A4 landscape page, Arabic readable in logical order, the QR code leads to verification. */
class CertificatePdfTest {

    static final String URL = "https://tadreeb.example.org/verify/CPTC-2026-000042?code=ABCDEFGHJKMN";

    static CertificateView aCertificate() {
        return new CertificateView("CPTC-2026-000042", "ABCDEFGHJKMN", CertificateStatus.VALID,
                LocalDate.of(2026, 3, 1), LocalDate.of(2028, 3, 1), null, null, null, "PS-200101",
                "نور الهدى سليم", "Nour Al-Huda Salim", "CP101", "أساسيات الشرطة المجتمعية",
                "Community Policing Fundamentals", 24, "CP101-0", LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 25),
                new Signatory("العميد سامر النجار", "Brigadier Samer Al-Najjar", "مدير مركز التدريب",
                        "Director of the Training Centre"));
    }

    static byte[] render() {
        return CertificatePdf.render(aCertificate(), "مركز التدريب على الشرطة المجتمعية",
                "Community Policing Training Centre", URL);
    }

    @Test
    void arabicAndEnglishAreOnOneLandscapePageInLogicalOrder() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(render())) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertTrue(page.getWidth() > page.getHeight(), "landscape");
            assertEquals(PDRectangle.A4.getHeight(), page.getWidth(), 1);
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
            String text = normalised(new PDFTextStripper().getText(pdf));
            for (String expected : new String[] {"نور الهدى سليم", "أساسيات الشرطة المجتمعية",
                    "مركز التدريب على الشرطة المجتمعية", "العميد سامر النجار", "مدير مركز التدريب",
                    "Nour Al-Huda Salim", "Community Policing Fundamentals", "CPTC-2026-000042", "Contact hours: 24",
                    "2026-01-04", "2028-03-01", "Brigadier Samer Al-Najjar"}) {
                assertTrue(text.contains(normalised(expected)), "finds «" + expected + "» in:\n" + text);
            }
        }
    }

    @Test
    void theQrCodeOpensTheVerificationPage() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(render())) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            String decoded = new com.google.zxing.MultiFormatReader().decode(bitmap,
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            assertEquals(URL, decoded);
        }
    }

    /** Presentation forms (what the PDF's glyphs map to) back to the letters people type; spaces evened out. */
    static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[ \\t]+", " ");
    }
}
