package org.tadreeb.people.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.platform.web.CsvCells;

/**
 * The downloadable report of a preview or an import: one line per row with its row number, service number,
 * outcome and problems, in the reader's language. UTF-8 with a byte-order mark, so that Excel shows Arabic.
 */
public final class ImportReport {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private ImportReport() {
    }

    public static byte[] of(ImportPreview preview, Language language) {
        Map<Integer, List<String>> lines = new TreeMap<>();
        for (TraineeRow row : preview.rows()) {
            lines.put(row.row(), List.of(row.serviceNumber(),
                    text(language, preview.updates(row) ? "import.outcome.toUpdate" : "import.outcome.toCreate"), ""));
        }
        preview.problems().stream()
                .collect(Collectors.groupingBy(RowProblem::row, TreeMap::new, Collectors.toList()))
                .forEach((row, problems) -> lines.put(row, List.of(problems.get(0).serviceNumber(),
                        text(language, "import.outcome.problem"),
                        problems.stream().map(problem -> problem.columnName(language) + ": " + problem.message(language))
                                .collect(Collectors.joining("; ")))));
        return csv(language, lines);
    }

    public static byte[] of(ImportResult result, Language language) {
        Map<Integer, List<String>> lines = new TreeMap<>();
        for (ImportResult.Outcome outcome : result.outcomes()) {
            lines.put(outcome.row(), List.of(outcome.serviceNumber(),
                    text(language, outcome.created() ? "import.outcome.created" : "import.outcome.updated"), ""));
        }
        return csv(language, lines);
    }

    private static byte[] csv(Language language, Map<Integer, List<String>> lines) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(text(language, "import.report.row"), text(language, "import.report.serviceNumber"),
                    text(language, "import.report.outcome"), text(language, "import.report.messages"));
            for (Map.Entry<Integer, List<String>> line : lines.entrySet()) {
                printer.printRecord(line.getKey(), CsvCells.guard(line.getValue().get(0)), line.getValue().get(1),
                        CsvCells.guard(line.getValue().get(2)));
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Language language, String key) {
        return Messages.text(language, key);
    }
}
