package org.tadreeb.people.imports;

import java.io.Serializable;
import java.util.List;

/** What an import did, row by row, and how many new people were invited to an account. */
public record ImportResult(String fileName, List<Outcome> outcomes, int invited) implements Serializable {

    public ImportResult {
        outcomes = List.copyOf(outcomes);
    }

    public ImportResult(String fileName, List<Outcome> outcomes) {
        this(fileName, outcomes, 0);
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
