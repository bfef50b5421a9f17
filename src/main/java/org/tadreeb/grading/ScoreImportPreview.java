package org.tadreeb.grading;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What importing a file of scores would do: each row with its trainee, its cells in the order of the scheme (blank
 * where the file leaves a score as it is) and its problems; and how many scores would change. Nothing is imported
 * while there is a single problem.
 */
public record ScoreImportPreview(String fileName, String encoding, List<Gradebook.Component> components,
                                 List<Line> lines, int changes) implements Serializable {

    public ScoreImportPreview {
        components = List.copyOf(components);
        lines = List.copyOf(lines);
    }

    /** One row of the file (its number as a spreadsheet shows it). */
    public record Line(int row, String serviceNumber, String nameArabic, String nameLatin, List<String> cells,
                       List<ScoreProblem> problems) implements Serializable {

        public Line {
            cells = List.copyOf(cells);
            problems = List.copyOf(problems);
        }

        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? nameArabic : nameLatin;
        }

        public String cell(int column) {
            return cells.get(column);
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    public boolean canImport() {
        return lines.stream().noneMatch(Line::hasProblems);
    }

    public long rowsWithProblems() {
        return lines.stream().filter(Line::hasProblems).count();
    }
}
