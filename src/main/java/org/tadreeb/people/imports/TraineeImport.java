package org.tadreeb.people.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tadreeb.people.AccountService;
import org.tadreeb.people.Governorate;
import org.tadreeb.people.Organisation;
import org.tadreeb.people.Person;
import org.tadreeb.people.Rank;
import org.tadreeb.people.Role;
import org.tadreeb.platform.audit.AuditLog;

/**
 * Imports trainees from a file, all rows or none. {@link #preview} says what would happen; {@link #importAll}
 * checks the file again inside its own transaction (the database may have changed since the preview) and
 * then creates and updates people in chunks, flushing and clearing the persistence context as it goes. A
 * person is matched by service number, so importing a file again updates the same people.
 */
@ApplicationScoped
public class TraineeImport {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AccountService accounts;

    @Inject
    ExistingPeople existing;

    @Inject
    AuditLog auditLog;

    @Inject
    @ConfigProperty(name = "tadreeb.import.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "tadreeb.import.max-rows", defaultValue = "20000")
    int maxRows;

    public long maxBytes() {
        return maxBytes;
    }

    public int maxRows() {
        return maxRows;
    }

    /** Reads a file, or refuses it with an {@link ImportFileRefusedException}. */
    public Table read(InputStream content, String fileName, String mediaType) {
        return new TableReader(maxBytes, maxRows).read(content, fileName, mediaType);
    }

    @Transactional
    public ImportPreview preview(Table table, ColumnMapping mapping) {
        TraineeRowChecker.Checked checked = TraineeRowChecker.check(table, mapping, existing.lookups());
        List<RowProblem> problems = new ArrayList<>(checked.problems());
        List<RowProblem> takenEmails = emailsOfOtherPeople(checked.rows());
        problems.addAll(takenEmails);
        problems.sort(TraineeRowChecker.IN_FILE_ORDER);
        Set<Integer> rejected = takenEmails.stream().map(RowProblem::row).collect(Collectors.toSet());
        List<TraineeRow> valid = checked.rows().stream().filter(row -> !rejected.contains(row.row())).toList();
        Set<String> existingNumbers = existing.existingNumbers(valid.stream().map(TraineeRow::serviceNumber).toList());
        return new ImportPreview(table.fileName(), table.rows().size(), mapping, valid, problems, existingNumbers);
    }

    /** Imports every row, or throws {@link ImportRejectedException} and saves nothing if any row has a problem. */
    @Transactional
    public ImportResult importAll(Table table, ColumnMapping mapping) {
        return importAll(table, mapping, false);
    }

    /**
     * As {@link #importAll(Table, ColumnMapping)}; with {@code inviteNewPeople}, each person the file creates who
     * has an e-mail address also gets a trainee account (user name: their number in lower case) and an
     * invitation, in the same transaction: all of it happens, or none.
     */
    @Transactional
    public ImportResult importAll(Table table, ColumnMapping mapping, boolean inviteNewPeople) {
        ImportPreview preview = preview(table, mapping);
        if (!preview.canImport()) {
            throw new ImportRejectedException(preview);
        }
        List<ImportResult.Outcome> outcomes = new ArrayList<>();
        for (List<TraineeRow> chunk : ExistingPeople.chunks(preview.rows())) {
            outcomes.addAll(save(chunk, mapping));
            entityManager.flush();
            entityManager.clear();
        }
        int invited = inviteNewPeople ? invite(preview.rows(), outcomes) : 0;
        ImportResult result = new ImportResult(table.fileName(), outcomes, invited);
        auditLog.record("trainees.imported", "TraineeImport", null, null, Json.createObjectBuilder()
                .add("file", String.valueOf(table.fileName()))
                .add("rows", outcomes.size())
                .add("created", result.created())
                .add("updated", result.updated())
                .add("invited", invited)
                .build().toString());
        return result;
    }

    private int invite(List<TraineeRow> rows, List<ImportResult.Outcome> outcomes) {
        Set<String> created = outcomes.stream().filter(ImportResult.Outcome::created)
                .map(ImportResult.Outcome::serviceNumber).collect(Collectors.toSet());
        int invited = 0;
        for (TraineeRow row : rows) {
            if (row.email() != null && created.contains(row.serviceNumber())) {
                accounts.open(row.serviceNumber(), usernameFor(row.serviceNumber()), EnumSet.of(Role.TRAINEE), null);
                invited++;
            }
        }
        return invited;
    }

    /** A user name from a service number: lower case, with anything but letters, digits, dots and dashes as a dash. */
    static String usernameFor(String serviceNumber) {
        String name = serviceNumber.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        return Character.isLetterOrDigit(name.charAt(0)) ? name : "t" + name;
    }

    private List<RowProblem> emailsOfOtherPeople(List<TraineeRow> rows) {
        Map<String, String> owners = existing.ownersOfEmails(
                rows.stream().map(TraineeRow::email).filter(email -> email != null).toList());
        return rows.stream()
                .filter(row -> row.email() != null && owners.containsKey(row.email())
                        && !owners.get(row.email()).equals(row.serviceNumber()))
                .map(row -> RowProblem.of(row.row(), row.serviceNumber(), TraineeColumn.EMAIL, row.email(),
                        "import.problem.emailTaken"))
                .toList();
    }

    private List<ImportResult.Outcome> save(List<TraineeRow> chunk, ColumnMapping mapping) {
        Map<String, Person> people = existing.byNumbers(chunk.stream().map(TraineeRow::serviceNumber).toList());
        References references = new References(existing.byCode(Organisation.class, Organisation::getCode),
                existing.byCode(Governorate.class, Governorate::getCode), existing.byCode(Rank.class, Rank::getCode));
        List<ImportResult.Outcome> outcomes = new ArrayList<>();
        for (TraineeRow row : chunk) {
            Person person = people.get(row.serviceNumber());
            boolean created = person == null;
            if (created) {
                person = new Person(row.serviceNumber(), row.nameArabic(), row.nameLatin());
            }
            references.apply(row, mapping, person);
            if (created) {
                entityManager.persist(person);
            }
            outcomes.add(new ImportResult.Outcome(row.row(), row.serviceNumber(), created));
        }
        return outcomes;
    }

    /**
     * Writes a row onto a person through the person's own methods. Only the columns the file has are written:
     * a column that is not in the file leaves that field as it was; a blank cell in a column that is clears it.
     */
    private record References(Map<String, Organisation> organisations, Map<String, Governorate> governorates,
                              Map<String, Rank> ranks) {

        void apply(TraineeRow row, ColumnMapping mapping, Person person) {
            person.rename(row.nameArabic(), row.nameLatin());
            person.placeIn(
                    mapping.isMapped(TraineeColumn.ORGANISATION) ? get(organisations, row.organisationCode()) : person.getOrganisation(),
                    mapping.isMapped(TraineeColumn.UNIT) ? row.unit() : person.getUnit(),
                    mapping.isMapped(TraineeColumn.GOVERNORATE) ? get(governorates, row.governorateCode()) : person.getGovernorate());
            person.describe(
                    mapping.isMapped(TraineeColumn.RANK) ? get(ranks, row.rankCode()) : person.getRank(),
                    mapping.isMapped(TraineeColumn.GENDER) ? row.gender() : person.getGender());
            person.changeContact(
                    mapping.isMapped(TraineeColumn.EMAIL) ? row.email() : person.getEmail(),
                    mapping.isMapped(TraineeColumn.PHONE) ? row.phone() : person.getPhone());
            if (row.language() != null) {
                person.preferLanguage(row.language());
            }
        }

        private static <T> T get(Map<String, T> byCode, String code) {
            return code == null ? null : byCode.get(code);
        }
    }
}
