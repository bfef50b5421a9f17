package org.tadreeb.people.imports;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.tadreeb.people.Gender;
import org.tadreeb.people.NameFolding;
import org.tadreeb.people.Person;
import org.tadreeb.platform.i18n.Language;

/**
 * Checks every row of a file against the rules of a trainee record, without touching the database: required
 * values, lengths, e-mail and phone forms, gender and language words, the rank, organisation and governorate
 * named, and service numbers and e-mail addresses that repeat inside the file (each repeat after the first is
 * a problem). The caller supplies the lists to look names up in.
 */
public final class TraineeRowChecker {

    public record Checked(List<TraineeRow> rows, List<RowProblem> problems) implements Serializable {
    }

    static final Comparator<RowProblem> IN_FILE_ORDER =
            Comparator.comparingInt(RowProblem::row).thenComparing(problem -> problem.column().ordinal());

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{6,15}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\-.()/]");
    private static final Map<String, Gender> GENDERS = folded(Map.of(
            "m", Gender.MALE, "male", Gender.MALE, "ذكر", Gender.MALE,
            "f", Gender.FEMALE, "female", Gender.FEMALE, "أنثى", Gender.FEMALE));
    private static final Map<String, Language> LANGUAGES = folded(Map.of(
            "arabic", Language.ARABIC, "عربي", Language.ARABIC, "العربية", Language.ARABIC, "عربية", Language.ARABIC,
            "english", Language.ENGLISH, "إنجليزي", Language.ENGLISH, "الإنجليزية", Language.ENGLISH,
            "إنجليزية", Language.ENGLISH));

    private TraineeRowChecker() {
    }

    public static Checked check(Table table, ColumnMapping mapping, NameLookups lookups) {
        List<RowProblem> problems = new ArrayList<>(mapping.problems(table.headerRow(), table.headers()));
        List<TraineeRow> rows = new ArrayList<>();
        Map<String, Integer> firstRowOfNumber = new HashMap<>();
        Map<String, Integer> firstRowOfEmail = new HashMap<>();
        for (Table.Row row : table.rows()) {
            RowCheck check = new RowCheck(row, mapping);
            String number = check.serviceNumber();
            String nameArabic = check.text(TraineeColumn.NAME_ARABIC);
            String nameLatin = check.text(TraineeColumn.NAME_LATIN);
            String rank = check.lookUp(TraineeColumn.RANK, lookups::rank, "import.problem.unknownRank");
            String organisation = check.lookUp(TraineeColumn.ORGANISATION, lookups::organisation,
                    "import.problem.unknownOrganisation");
            String unit = check.text(TraineeColumn.UNIT);
            String governorate = check.lookUp(TraineeColumn.GOVERNORATE, lookups::governorate,
                    "import.problem.unknownGovernorate");
            Gender gender = check.parse(TraineeColumn.GENDER, value -> GENDERS.get(NameFolding.fold(value)),
                    "import.problem.gender");
            String phone = check.parse(TraineeColumn.PHONE, TraineeRowChecker::phone, "import.problem.phone");
            String email = check.parse(TraineeColumn.EMAIL, TraineeRowChecker::email, "import.problem.email");
            Language language = check.parse(TraineeColumn.LANGUAGE, TraineeRowChecker::language, "import.problem.language");
            check.unique(TraineeColumn.SERVICE_NUMBER, number, firstRowOfNumber, "import.problem.duplicateNumber");
            check.unique(TraineeColumn.EMAIL, email, firstRowOfEmail, "import.problem.duplicateEmail");
            if (check.problems.isEmpty()) {
                rows.add(new TraineeRow(row.number(), number, nameArabic, nameLatin, rank, organisation, unit,
                        governorate, gender, phone, email, language));
            }
            problems.addAll(check.problems);
        }
        problems.sort(IN_FILE_ORDER);
        return new Checked(rows, problems);
    }

    /** The phone number with Arabic-Indic digits made Latin and separators dropped; null if it is not one. */
    static String phone(String value) {
        String compact = PHONE_SEPARATORS.matcher(NameFolding.fold(value)).replaceAll("");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        return PHONE.matcher(compact).matches() ? compact : null;
    }

    static String email(String value) {
        return EMAIL.matcher(value).matches() ? value.toLowerCase(Locale.ROOT) : null;
    }

    static Language language(String value) {
        return Language.fromCode(value).orElseGet(() -> LANGUAGES.get(NameFolding.fold(value)));
    }

    private static <T> Map<String, T> folded(Map<String, T> words) {
        Map<String, T> folded = new HashMap<>();
        words.forEach((word, meaning) -> folded.put(NameFolding.fold(word), meaning));
        return Map.copyOf(folded);
    }

    /** The checks of one row, gathering its problems. */
    private static final class RowCheck {

        private final Table.Row row;
        private final ColumnMapping mapping;
        private final String rawNumber;
        private final List<RowProblem> problems = new ArrayList<>();

        RowCheck(Table.Row row, ColumnMapping mapping) {
            this.row = row;
            this.mapping = mapping;
            this.rawNumber = value(TraineeColumn.SERVICE_NUMBER);
        }

        String value(TraineeColumn column) {
            return row.cell(mapping.indexOf(column));
        }

        /**
         * The column's text, or null when blank; a problem when a required value is missing or too long. A
         * required column missing from the file is one problem of the header row, not one of every row.
         */
        String text(TraineeColumn column) {
            String value = value(column);
            if (value.isEmpty()) {
                if (column.isRequired() && mapping.isMapped(column)) {
                    problem(column, value, "import.problem.required", 0);
                }
                return null;
            }
            if (value.length() > column.maxLength()) {
                problem(column, value, "import.problem.tooLong", column.maxLength());
                return null;
            }
            return value;
        }

        String serviceNumber() {
            String value = text(TraineeColumn.SERVICE_NUMBER);
            if (value == null) {
                return null;
            }
            String number = Person.normaliseNumber(value);
            if (number.isEmpty()) {
                problem(TraineeColumn.SERVICE_NUMBER, value, "import.problem.required", 0);
                return null;
            }
            return number;
        }

        String lookUp(TraineeColumn column, Function<String, Optional<String>> lookup, String unknownKey) {
            return parse(column, value -> lookup.apply(value).orElse(null), unknownKey);
        }

        /** The column's value read by a parser that answers null for what it does not accept. */
        <T> T parse(TraineeColumn column, Function<String, T> parser, String invalidKey) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            T parsed = parser.apply(value);
            if (parsed == null) {
                problem(column, value, invalidKey, 0);
            }
            return parsed;
        }

        void unique(TraineeColumn column, String value, Map<String, Integer> firstRows, String duplicateKey) {
            if (value == null) {
                return;
            }
            Integer first = firstRows.putIfAbsent(value, row.number());
            if (first != null) {
                problem(column, value(column), duplicateKey, first);
            }
        }

        private void problem(TraineeColumn column, String value, String key, int reference) {
            problems.add(new RowProblem(row.number(), rawNumber, column, value, key, reference));
        }
    }
}
