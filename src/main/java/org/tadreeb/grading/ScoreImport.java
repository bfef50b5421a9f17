package org.tadreeb.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.people.Person;
import org.tadreeb.people.imports.Table;
import org.tadreeb.people.imports.TableReader;
import org.tadreeb.people.imports.TraineeColumn;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;

/**
 * Scores from a file (CSV or XLSX, read by the trainee import's {@link TableReader}): a column of service numbers
 * and a column per component, named in either language or, when no header names a component, in the order of the
 * scheme. Columns of the gradebook export (names, attendance, total, result) are ignored, so an export comes back in
 * as it went out. A blank cell leaves that score as it is. {@link #preview} saves nothing; {@link #importScores}
 * checks again and saves every row or none.
 */
@ApplicationScoped
public class ScoreImport {

    /** Headings of the gradebook export that are not scores. */
    static final List<String> EXPORT_HEADINGS = List.of("roster.csv.nameArabic", "roster.csv.nameLatin",
            "enrolment.status", "gradebook.attendanceRate", "gradebook.weightedTotal", "gradebook.result");

    @Inject
    GradingAccess access;

    @Inject
    Gradebooks gradebooks;

    @Inject
    GradebookService gradebookService;

    @Inject
    @ConfigProperty(name = "tadreeb.grading.import.max-bytes", defaultValue = "1048576")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "tadreeb.grading.import.max-rows", defaultValue = "2000")
    int maxRows;

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads a file, or refuses it as a whole (too large, not CSV or XLSX, no rows). */
    public Table read(InputStream content, String fileName, String mediaType) {
        return new TableReader(maxBytes, maxRows).read(content, fileName, mediaType);
    }

    @Transactional
    public ScoreImportPreview preview(String username, String cohortCode, Table table) {
        Cohort cohort = access.forRecording(username, cohortCode);
        return check(cohort, table).preview();
    }

    /** Imports every score of the file or, with any problem, none ({@link ScoresRefusedException}). */
    @Transactional
    public int importScores(String username, String cohortCode, Table table, String reason) {
        Cohort cohort = access.forRecording(username, cohortCode);
        Checked checked = check(cohort, table);
        List<ScoreProblem> problems = checked.preview().lines().stream().flatMap(line -> line.problems().stream()).toList();
        if (!problems.isEmpty()) {
            throw new ScoresRefusedException(problems);
        }
        return gradebookService.apply(cohort, checked.changes(), reason, username);
    }

    private record Checked(ScoreImportPreview preview, List<GradebookService.Change> changes) {
    }

    private Checked check(Cohort cohort, Table table) {
        Gradebook gradebook = gradebooks.of(cohort);
        Columns columns = Columns.of(table.headers(), gradebook.components());
        List<ScoreEntry> entries = new ArrayList<>();
        List<Integer> lineOfEntry = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        Map<Integer, List<ScoreProblem>> problems = new HashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Table.Row row = table.rows().get(i);
            String number = row.cell(columns.number());
            List<String> line = new ArrayList<>();
            for (int c = 0; c < gradebook.components().size(); c++) {
                int index = columns.scores().getOrDefault(c, -1);
                String cell = index < 0 ? "" : row.cell(index);
                line.add(cell);
                if (!number.isEmpty() && !cell.isEmpty()) {
                    entries.add(new ScoreEntry(number, gradebook.components().get(c).id(), cell));
                    lineOfEntry.add(i);
                }
            }
            cells.add(line);
            if (number.isEmpty()) {
                problems.computeIfAbsent(i, n -> new ArrayList<>()).add(new ScoreProblem(-1, "", null, null, null,
                        "gradebook.import.error.noNumber", List.of()));
            }
        }
        GradebookService.Batch batch = gradebookService.examine(cohort, entries);
        for (ScoreProblem problem : batch.problems()) {
            problems.computeIfAbsent(lineOfEntry.get(problem.entry()), n -> new ArrayList<>()).add(problem);
        }
        List<GradebookService.Change> changes = problems.isEmpty() ? batch.changes() : List.of();
        List<ScoreImportPreview.Line> lines = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            String number = table.rows().get(i).cell(columns.number());
            Gradebook.Row trainee = number.isEmpty() ? null : gradebook.row(Person.normaliseNumber(number)).orElse(null);
            lines.add(new ScoreImportPreview.Line(table.rows().get(i).number(), number,
                    trainee == null ? "" : trainee.nameArabic(), trainee == null ? "" : trainee.nameLatin(),
                    cells.get(i), problems.getOrDefault(i, List.of())));
        }
        return new Checked(new ScoreImportPreview(table.fileName(), table.encoding(), gradebook.components(), lines,
                changes.size()), changes);
    }

    /**
     * Which column of the file holds the service numbers and which holds each component (by its place in the
     * scheme, from 0). A file whose header cannot be read so is refused as a whole, saying why.
     */
    record Columns(int number, Map<Integer, Integer> scores) {

        static Columns of(List<String> headers, List<Gradebook.Component> components) {
            if (components.isEmpty()) {
                throw new BusinessException("gradebook.error.noComponents");
            }
            int number = -1;
            for (int i = 0; i < headers.size() && number < 0; i++) {
                if (TraineeColumn.SERVICE_NUMBER.isNamedBy(headers.get(i))) {
                    number = i;
                }
            }
            if (number < 0) {
                throw new BusinessException("gradebook.import.error.noNumberColumn");
            }
            Set<String> ignored = EXPORT_HEADINGS.stream()
                    .flatMap(key -> java.util.Arrays.stream(Language.values()).map(l -> Messages.text(l, key)))
                    .map(Columns::compact).collect(Collectors.toSet());
            Map<Integer, Integer> scores = new HashMap<>();
            List<Integer> unknown = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                String header = compact(headers.get(i));
                if (i == number || header.isEmpty() || ignored.contains(header)) {
                    continue;
                }
                int component = named(header, components);
                if (component < 0) {
                    unknown.add(i);
                } else if (scores.putIfAbsent(component, i) != null) {
                    throw new BusinessException("gradebook.import.error.columnTwice", headers.get(i));
                }
            }
            if (scores.isEmpty() && unknown.size() == components.size()) {
                for (int c = 0; c < components.size(); c++) {
                    scores.put(c, unknown.get(c));
                }
                return new Columns(number, scores);
            }
            if (!unknown.isEmpty()) {
                throw new BusinessException("gradebook.import.error.unknownColumns",
                        unknown.stream().map(headers::get).collect(Collectors.joining(", ")),
                        components.stream().map(c -> c.nameEnglish() + " / " + c.nameArabic()).collect(Collectors.joining(", ")));
            }
            return new Columns(number, scores);
        }

        private static int named(String header, List<Gradebook.Component> components) {
            for (int c = 0; c < components.size(); c++) {
                if (header.equals(compact(components.get(c).nameArabic())) || header.equals(compact(components.get(c).nameEnglish()))) {
                    return c;
                }
            }
            return -1;
        }

        /** A header without a trailing "(…)" (the maximum the export writes) and folded as the trainee import does. */
        private static String compact(String header) {
            return TraineeColumn.compact(Table.clean(header).replaceAll("\\s*\\([^)]*\\)\\s*$", ""));
        }
    }
}
