package org.tadreeb.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.tadreeb.people.PersonRow;
import org.tadreeb.platform.i18n.Language;

/** The transcript PDF: Arabic read back in logical order, English beside it, long transcripts on several pages. */
class TranscriptPdfTest {

    private static Transcript aTranscript(int lines) {
        List<Transcript.Line> entries = new ArrayList<>();
        entries.add(new Transcript.Line("CP205-A", "CP205", "حل المشكلات بالشراكة مع المجتمع",
                "Problem Solving in Partnership with the Community", LocalDate.of(2026, 12, 13), LocalDate.of(2027, 1, 10),
                30, EnrolmentStatus.ENROLLED));
        for (int i = 1; i < lines; i++) {
            entries.add(new Transcript.Line("CP101-" + i, "CP101", "أساسيات الشرطة المجتمعية",
                    "Community Policing Fundamentals", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 22), 24,
                    EnrolmentStatus.COMPLETED));
        }
        return new Transcript(new PersonRow("PS-200101", "نور الهدى سليم", "Nour Al-Huda Salim",
                "مديرية شرطة العاصمة", "Capital Police Directorate", null, null, true), entries);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC).replaceAll("[ \\t]+", " ");
        }
    }

    @Test
    void arabicReadsBackInLogicalOrder() throws Exception {
        String text = text(TranscriptPdf.render(aTranscript(2), Language.ARABIC, LocalDate.of(2026, 11, 29)));
        for (String expected : new String[] {"السجل التدريبي", "نور الهدى سليم", "Nour Al-Huda Salim", "PS-200101",
                "مديرية شرطة العاصمة", "أساسيات الشرطة المجتمعية", "حل المشكلات بالشراكة مع المجتمع", "CP101-1", "CP205-A",
                "مكتمل", "ملتحق", "2026-08-01", "2027-01-10"}) {
            assertTrue(text.contains(Normalizer.normalize(expected, Normalizer.Form.NFKC)), "finds «" + expected + "» in:\n" + text);
        }
    }

    @Test
    void englishAndManyLinesRunOntoMorePages() throws Exception {
        byte[] pdf = TranscriptPdf.render(aTranscript(60), Language.ENGLISH, LocalDate.of(2026, 11, 29));
        String text = text(pdf);
        for (String expected : new String[] {"Training transcript", "Nour Al-Huda Salim", "نور الهدى سليم",
                "Community Policing Fundamentals", "Completed", "CP101-59"}) {
            assertTrue(text.contains(Normalizer.normalize(expected, Normalizer.Form.NFKC)), "finds «" + expected + "» in:\n" + text);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 1);
            assertEquals(document.getNumberOfPages(), text.split("Contact hours", -1).length - 1, text + "\n" +
                    "the table's heading repeats on each page");
        }
    }
}
