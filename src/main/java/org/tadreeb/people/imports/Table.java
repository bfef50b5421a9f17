package org.tadreeb.people.imports;

import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a file holds once read, before any rule is checked: its header row and its non-blank rows, each with
 * the row number a spreadsheet shows (blank lines count), and how the file was read.
 */
public record Table(String fileName, ImportFormat format, String encoding, int headerRow, List<String> headers,
                    List<Row> rows) implements Serializable {

    /** Direction marks and byte-order marks that Arabic spreadsheets leave around values. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

    public Table {
        headers = headers.stream().map(Table::clean).toList();
        rows = List.copyOf(rows);
    }

    /** A value without invisible marks and surrounding white space (including no-break spaces). */
    public static String clean(String value) {
        return value == null ? "" : INVISIBLE.matcher(value).replaceAll("").strip().replace('\u00A0', ' ').strip();
    }

    public record Row(int number, List<String> cells) implements Serializable {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at a column index, cleaned; empty when the row is shorter. */
        public String cell(int index) {
            return index >= 0 && index < cells.size() ? clean(cells.get(index)) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(cell -> clean(cell).isEmpty());
        }
    }
}
