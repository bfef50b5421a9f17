package org.tadreeb.people.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tadreeb.people.NameFolding;

/**
 * Finds the code of a rank, organisation or governorate from what a file wrote for it: its code or either of
 * its names, compared as {@link NameFolding} folds them (case, Arabic letter variants, diacritics).
 */
public final class NameLookups {

    private final Map<String, String> ranks;
    private final Map<String, String> organisations;
    private final Map<String, String> governorates;

    /** Each argument maps a code to the names it is known by (its code is always one of them). */
    public NameLookups(Map<String, List<String>> ranks, Map<String, List<String>> organisations,
                       Map<String, List<String>> governorates) {
        this.ranks = byFoldedName(ranks);
        this.organisations = byFoldedName(organisations);
        this.governorates = byFoldedName(governorates);
    }

    public Optional<String> rank(String text) {
        return Optional.ofNullable(ranks.get(NameFolding.fold(text)));
    }

    public Optional<String> organisation(String text) {
        return Optional.ofNullable(organisations.get(NameFolding.fold(text)));
    }

    public Optional<String> governorate(String text) {
        return Optional.ofNullable(governorates.get(NameFolding.fold(text)));
    }

    private static Map<String, String> byFoldedName(Map<String, List<String>> namesByCode) {
        Map<String, String> codes = new HashMap<>();
        namesByCode.forEach((code, names) -> {
            codes.putIfAbsent(NameFolding.fold(code), code);
            names.forEach(name -> codes.putIfAbsent(NameFolding.fold(name), code));
        });
        return codes;
    }
}
