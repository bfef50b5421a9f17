package org.tadreeb.people.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class TableReaderTest {

    private final TableReader reader = new TableReader(1024 * 1024, 100);

    @Test
    void aMessyUtf8FileWithBomKeepsTheRowNumbersASpreadsheetShowsAndSkipsBlankLines() {
        Table table = reader.read(TraineeFiles.utf8(TraineeFiles.MESSY), "trainees.csv", "text/csv");
        assertEquals(ImportFormat.CSV, table.format());
        assertEquals("UTF-8 (BOM)", table.encoding());
        assertEquals(1, table.headerRow());
        assertEquals("الرقم العسكري", table.headers().get(0), "no BOM left on the first header");
        assertEquals(List.of(2, 4, 5, 6, 7, 9), table.rows().stream().map(Table.Row::number).toList());
        assertEquals("يوسف \"أبو علي\" الخطيب", table.rows().get(5).cell(1));
        assertEquals("هند  العمري", table.rows().get(1).cell(1));
    }

    @Test
    void windows1256FromOlderArabicExcelIsDetectedWithItsSemicolons() {
        Table table = reader.read(TraineeFiles.bytes(TraineeFiles.ARABIC_EXCEL, TextDecoding.WINDOWS_1256),
                "من إكسل.CSV", "application/vnd.ms-excel");
        assertEquals("windows-1256", table.encoding());
        assertEquals(List.of("الرقم", "الاسم", "الاسم بالإنجليزية", "الجهة", "المحافظة", "الجنس"), table.headers());
        assertEquals(List.of("PS-910002", "آمنة الشريف", "Amina Al-Sharif", "CSO-YOUTH", "الوسط", "أنثى"),
                table.rows().get(1).cells());
    }

    @Test
    void utf8WithoutBomAndUtf16WithBomAreReadToo() {
        String csv = "الرقم,الاسم\nPS-1,سارة\n";
        assertEquals("UTF-8", reader.read(csv.getBytes(StandardCharsets.UTF_8), "a.csv", null).encoding());
        byte[] utf16 = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16LE);
        Table table = reader.read(utf16, "a.csv", null);
        assertEquals("UTF-16LE (BOM)", table.encoding());
        assertEquals("سارة", table.rows().get(0).cell(1));
    }

    @Test
    void anXlsxWorkbookIsReadWithLongNumbersAsTheirDigits() {
        byte[] workbook = TraineeFiles.xlsx(List.of(
                List.of("Service number", "Arabic name", "Latin name", "Phone"),
                List.of(),
                List.of("104233", "أحمد", "Ahmad", "962791234567"),
                List.of("PS-2", "", "Sara", "")));
        Table table = reader.read(workbook, "trainees.xlsx", null);
        assertEquals(ImportFormat.XLSX, table.format());
        assertEquals(List.of(3, 4), table.rows().stream().map(Table.Row::number).toList());
        assertEquals(List.of("104233", "أحمد", "Ahmad", "962791234567"), table.rows().get(0).cells());
        assertEquals(List.of("PS-2", "", "Sara"), table.rows().get(1).cells(), "a skipped cell is filled in");
    }

    @Test
    void theFormatIsClaimedByTheNameFirstThenByTheMediaType() {
        assertEquals(Optional.of(ImportFormat.CSV), ImportFormat.claimedBy(null, "text/csv; charset=UTF-8"));
        assertEquals(Optional.of(ImportFormat.XLSX), ImportFormat.claimedBy(null, ImportFormat.XLSX_MEDIA_TYPE));
        assertEquals(Optional.of(ImportFormat.XLSX), ImportFormat.claimedBy("Book1.XLSX", "application/octet-stream"));
        assertEquals(Optional.empty(), ImportFormat.claimedBy("old.xls", "application/vnd.ms-excel"));
        assertEquals(Optional.empty(), ImportFormat.claimedBy(null, "application/json"));
    }

    @Test
    void filesThatAreTooLargeOrHaveTooManyRowsAreRefused() {
        assertRefused(413, "import.error.tooLarge",
                () -> new TableReader(100, 100).read(new byte[101], "a.csv", null));
        String rows = "a,b\n1,2\n3,4\n5,6\n";
        assertRefused(413, "import.error.tooManyRows", () -> new TableReader(1000, 2).read(TraineeFiles.utf8(rows), "a.csv", null));
        assertEquals(3, new TableReader(1000, 3).read(TraineeFiles.utf8(rows), "a.csv", null).rows().size());
    }

    @Test
    void filesThatAreNotWhatTheyClaimAreRefused() {
        byte[] workbook = TraineeFiles.xlsx(List.of(List.of("a"), List.of("b")));
        assertRefused(415, "import.error.notXlsx", () -> reader.read(TraineeFiles.utf8("a,b\n1,2\n"), "trainees.xlsx", null));
        assertRefused(415, "import.error.notCsv", () -> reader.read(workbook, "trainees.csv", null));
        assertRefused(415, "import.error.notCsv", () -> reader.read(new byte[] {'a', ',', 'b', '\n', 0, 1, 2}, "t.csv", null));
        assertRefused(415, "import.error.unsupportedType", () -> reader.read(workbook, "trainees.pdf", null));
        assertRefused(400, "import.error.unreadableXlsx", () -> reader.read(zipOf("word/document.xml"), "t.xlsx", null));
    }

    @Test
    void malformedAndEmptyFilesAreRefused() {
        assertRefused(400, "import.error.malformedCsv",
                () -> reader.read(TraineeFiles.utf8("a,b\n\"1,2\n3,4\n"), "t.csv", null));
        assertRefused(400, "import.error.noHeader", () -> reader.read(TraineeFiles.utf8("\n , \n"), "t.csv", null));
        assertRefused(400, "import.error.noRows", () -> reader.read(TraineeFiles.utf8("a,b\n\n"), "t.csv", null));
    }

    private static void assertRefused(int status, String key, org.junit.jupiter.api.function.Executable read) {
        ImportFileRefusedException refused = assertThrows(ImportFileRefusedException.class, read);
        assertEquals(key, refused.messageKey());
        assertEquals(status, refused.httpStatus());
    }

    private static byte[] zipOf(String entry) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<doc/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new AssertionError(impossible);
        }
    }
}
