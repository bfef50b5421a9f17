package org.tadreeb.platform.web;

/** Fields of the CSV files the pages offer for download (rosters, attendance). */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * One CSV field: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is escaped with an
     * apostrophe so that a spreadsheet does not run a name as a formula.
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = guard(value);
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** One CSV record: the cells made safe, separated by commas, ended by CR LF. */
    public static String line(java.util.List<String> cells) {
        return String.join(",", cells.stream().map(CsvCells::cell).toList()) + "\r\n";
    }

    /**
     * A value for a CSV writer that quotes by itself (commons-csv's {@code CSVPrinter}): a leading =, +, - or @ is
     * escaped with an apostrophe, so that a spreadsheet does not run it as a formula; null stays null.
     */
    public static String guard(String value) {
        if (value == null || value.isEmpty() || "=+-@".indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return "'" + value;
    }
}
