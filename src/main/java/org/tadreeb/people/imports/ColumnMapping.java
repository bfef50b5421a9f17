package org.tadreeb.people.imports;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which header of the file holds which {@link TraineeColumn}, by the header's index. Guessed from the headers'
 * names; the administrator can change it on the page. A column not mapped is not in the file, and importing
 * leaves that field of existing people as it is.
 */
public final class ColumnMapping implements Serializable {

    private final EnumMap<TraineeColumn, Integer> indexes;

    private ColumnMapping(Map<TraineeColumn, Integer> indexes) {
        this.indexes = new EnumMap<>(TraineeColumn.class);
        indexes.forEach((column, index) -> {
            if (index != null && index >= 0) {
                this.indexes.put(column, index);
            }
        });
    }

    /** Each column mapped to the first header that names it and that no earlier column took. */
    public static ColumnMapping guess(List<String> headers) {
        Map<TraineeColumn, Integer> guessed = new EnumMap<>(TraineeColumn.class);
        for (TraineeColumn column : TraineeColumn.values()) {
            for (int index = 0; index < headers.size(); index++) {
                if (!guessed.containsValue(index) && column.isNamedBy(headers.get(index))) {
                    guessed.put(column, index);
                    break;
                }
            }
        }
        return new ColumnMapping(guessed);
    }

    /** A mapping as chosen on the page: a header index per column, or null for a column not in the file. */
    public static ColumnMapping of(Map<TraineeColumn, Integer> indexes) {
        return new ColumnMapping(indexes);
    }

    public Map<TraineeColumn, Integer> asMap() {
        return Collections.unmodifiableMap(indexes);
    }

    public boolean isMapped(TraineeColumn column) {
        return indexes.containsKey(column);
    }

    /** The header index of a column, or -1 when it is not in the file. */
    public int indexOf(TraineeColumn column) {
        return indexes.getOrDefault(column, -1);
    }

    /** What is wrong with the mapping itself, reported on the header row: a required column missing, a header used twice. */
    List<RowProblem> problems(int headerRow, List<String> headers) {
        List<RowProblem> problems = new ArrayList<>();
        Map<Integer, TraineeColumn> firstUse = new HashMap<>();
        for (TraineeColumn column : TraineeColumn.values()) {
            int index = indexOf(column);
            if (index < 0) {
                if (column.isRequired()) {
                    problems.add(RowProblem.of(headerRow, "", column, "", "import.problem.missingColumn"));
                }
                continue;
            }
            String header = index < headers.size() ? headers.get(index) : "";
            TraineeColumn earlier = firstUse.putIfAbsent(index, column);
            if (earlier != null) {
                problems.add(RowProblem.of(headerRow, "", column, header, "import.problem.headerUsedTwice"));
            }
        }
        return problems;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnMapping that && indexes.equals(that.indexes);
    }

    @Override
    public int hashCode() {
        return indexes.hashCode();
    }

    @Override
    public String toString() {
        return indexes.toString();
    }
}
