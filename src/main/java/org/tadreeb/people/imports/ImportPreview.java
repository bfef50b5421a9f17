package org.tadreeb.people.imports;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What importing a file would do: its valid rows, the problems of the others, and which service numbers
 * already belong to someone (those rows update a person, the rest create one). Nothing is imported while
 * there is a single problem.
 */
public record ImportPreview(String fileName, int rowCount, ColumnMapping mapping, List<TraineeRow> rows,
                            List<RowProblem> problems, Set<String> existingNumbers) implements Serializable {

    public ImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        existingNumbers = Set.copyOf(existingNumbers);
    }

    public boolean canImport() {
        return problems.isEmpty();
    }

    public boolean updates(TraineeRow row) {
        return existingNumbers.contains(row.serviceNumber());
    }

    public long toCreate() {
        return rows.stream().filter(row -> !updates(row)).count();
    }

    public long toUpdate() {
        return rows.stream().filter(this::updates).count();
    }

    /** How many rows have at least one problem (the header row counts when a column is missing). */
    public long rowsWithProblems() {
        return problems.stream().mapToInt(RowProblem::row).distinct().count();
    }
}
