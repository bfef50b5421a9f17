package org.tadreeb.people.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded trainee file into a {@link Table}, or refuses it as a whole: larger than the size limit,
 * not a CSV or XLSX file, not what its name or media type claims (an "xlsx" that is not a zip, a "csv" holding
 * binary), malformed, or with more rows than the row limit. Blank lines are dropped; the first non-blank row is
 * the header. Only the first sheet of a workbook is read.
 */
public final class TableReader {

    private static final int[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final int[] OLE2 = {0xD0, 0xCF, 0x11, 0xE0};

    private final long maxBytes;
    private final int maxRows;

    public TableReader(long maxBytes, int maxRows) {
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    /** Reads at most the size limit from the stream, so an oversized upload is never held whole. */
    public Table read(InputStream content, String fileName, String mediaType) {
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return read(bytes, fileName, mediaType);
    }

    public Table read(byte[] bytes, String fileName, String mediaType) {
        if (bytes.length > maxBytes) {
            throw ImportFileRefusedException.tooLarge(maxBytes);
        }
        ImportFormat format = ImportFormat.claimedBy(fileName, mediaType)
                .orElseThrow(ImportFileRefusedException::unsupportedType);
        Rows rows = new Rows(maxRows);
        String encoding;
        if (format == ImportFormat.XLSX) {
            readXlsx(bytes, rows);
            encoding = "";
        } else {
            encoding = readCsv(bytes, rows);
        }
        return rows.toTable(fileName, format, encoding);
    }

    private static String readCsv(byte[] bytes, Rows rows) {
        if (TextDecoding.startsWith(bytes, ZIP) || TextDecoding.startsWith(bytes, OLE2)) {
            throw ImportFileRefusedException.notCsv();
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        if (TextDecoding.looksBinary(decoded.text())) {
            throw ImportFileRefusedException.notCsv();
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiterOf(decoded.text()))
                .setIgnoreEmptyLines(false)
                .get();
        try (CSVParser parser = CSVParser.parse(decoded.text(), format)) {
            for (CSVRecord record : parser) {
                rows.add((int) record.getRecordNumber(), record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw ImportFileRefusedException.malformedCsv();
        }
        return decoded.description();
    }

    /** Comma, semicolon (Excel in locales with a decimal comma) or tab: whichever the header line uses most. */
    static char delimiterOf(String text) {
        String firstLine = text.strip().lines().findFirst().orElse("");
        char best = ',';
        long bestCount = firstLine.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = firstLine.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static void readXlsx(byte[] bytes, Rows rows) {
        if (!TextDecoding.startsWith(bytes, ZIP)) {
            throw ImportFileRefusedException.notXlsx();
        }
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ImportFileRefusedException.unreadableXlsx();
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(workbook), new SheetRows(rows), new PlainNumbers(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (ImportFileRefusedException refused) {
            throw refused;
        } catch (Exception unreadable) {
            // POI reports a damaged, encrypted or foreign zip through many exception types
            throw ImportFileRefusedException.unreadableXlsx();
        }
    }

    /** Collects the rows of either format: skips blank ones, takes the first as the header, counts the rest. */
    private static final class Rows {

        private final int maxRows;
        private int headerRow;
        private List<String> headers;
        private final List<Table.Row> data = new ArrayList<>();

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        void add(int number, List<String> cells) {
            Table.Row row = new Table.Row(number, cells);
            if (row.isBlank()) {
                return;
            }
            if (headers == null) {
                headerRow = number;
                headers = row.cells();
                return;
            }
            if (data.size() == maxRows) {
                throw ImportFileRefusedException.tooManyRows(maxRows);
            }
            data.add(row);
        }

        Table toTable(String fileName, ImportFormat format, String encoding) {
            if (headers == null) {
                throw ImportFileRefusedException.noHeader();
            }
            if (data.isEmpty()) {
                throw ImportFileRefusedException.noRows();
            }
            return new Table(fileName, format, encoding, headerRow, headers, data);
        }
    }

    /** Hands each row of a sheet to {@link Rows}, with empty cells filled in where the sheet skips them. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Rows rows;
        private final List<String> cells = new ArrayList<>();

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(rowNum + 1, cells);
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /**
     * Numbers in "General" format as their plain digits: Excel shows a long phone or service number typed as
     * a number as 9.62791E+11, which is not what the person meant.
     */
    private static final class PlainNumbers extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (formatString == null || "General".equalsIgnoreCase(formatString)) {
                return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
