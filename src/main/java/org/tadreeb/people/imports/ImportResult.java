package org.tadreeb.people.imports;

import java.io.Serializable;
import java.util.List;

/** What an import did, row by row. */
public record ImportResult(String fileName, List<Outcome> outcomes) implements Serializable {

    public ImportResult {
        outcomes = List.copyOf(outcomes);
    }

    public record Outcome(int row, String serviceNumber, boolean created) implements Serializable {
    }

    public long created() {
        return outcomes.stream().filter(Outcome::created).count();
    }

    public long updated() {
        return outcomes.size() - created();
    }
}
