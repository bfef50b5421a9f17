package org.tadreeb.people.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tadreeb.people.Gender;
import org.tadreeb.people.Person;
import org.tadreeb.platform.i18n.Language;

class TraineeRowCheckerTest {

    /** The demo data's lists, as far as the test files name them. */
    static final NameLookups DEMO = new NameLookups(
            Map.of("SGT", List.of("رقيب", "Sergeant"), "LT", List.of("ملازم", "Lieutenant"),
                    "CPL", List.of("عريف", "Corporal"), "CONST", List.of("شرطي", "Constable")),
            Map.of("CPD-CAP", List.of("مديرية شرطة العاصمة - قسم الشرطة المجتمعية", "Capital Police Directorate"),
                    "CPD-NOR", List.of("شرطة إقليم الشمال", "North Region Police"),
                    "CSO-YOUTH", List.of("جمعية شباب الحي", "Neighbourhood Youth Association"),
                    "GOV-EDU", List.of("مديرية التربية والتعليم", "Directorate of Education")),
            Map.of("CAP", List.of("العاصمة", "Capital"), "NOR", List.of("الشمال", "North"),
                    "SOU", List.of("الجنوب", "South"), "CEN", List.of("الوسط", "Central")));

    private static final TableReader READER = new TableReader(1024 * 1024, 1000);

    private static TraineeRowChecker.Checked check(String csv) {
        Table table = READER.read(csv.getBytes(StandardCharsets.UTF_8), "t.csv", null);
        return TraineeRowChecker.check(table, ColumnMapping.guess(table.headers()), DEMO);
    }

    @Test
    void theMessyFileGetsExactlyItsProblemsInFileOrder() {
        TraineeRowChecker.Checked checked = check(TraineeFiles.MESSY);
        assertEquals(TraineeFiles.MESSY_PROBLEMS, checked.problems());
        assertEquals(List.of(
                new TraineeRow(2, "PS-900001", "سامر الحلبي", "Samer Al-Halabi", "SGT", "CPD-CAP", null, "CAP",
                        Gender.MALE, "0791234567", "samer@example.org", Language.ARABIC),
                new TraineeRow(4, "PS-900002", "هند  العمري", "Hind Al-Omari", "LT", "CPD-NOR", null, "NOR",
                        Gender.FEMALE, "+962795551234", "hind@example.org", Language.ENGLISH)), checked.rows());
    }

    @Test
    void problemsReadInBothLanguages() {
        RowProblem duplicate = TraineeFiles.MESSY_PROBLEMS.get(0);
        assertEquals("The service number PS-900001 is already in row 2 of the file.", duplicate.message(Language.ENGLISH));
        assertEquals("الرقم PS-900001 مكرر: ورد من قبل في الصف ٢ من الملف.", duplicate.message(Language.ARABIC));
        RowProblem missing = TraineeFiles.MESSY_PROBLEMS.get(3);
        assertEquals("Arabic name is required.", missing.message(Language.ENGLISH));
        assertEquals("الاسم بالعربية مطلوب.", missing.message(Language.ARABIC));
    }

    @Test
    void numbersAreNormalisedBeforeDuplicatesAreLookedFor() {
        TraineeRowChecker.Checked checked = check("""
                service number,arabic name,latin name,e-mail
                ps-٧٧ 1,أ,A,A@Example.org
                PS-771,ب,B,a@example.ORG
                """);
        assertEquals(List.of(
                new RowProblem(3, "PS-771", TraineeColumn.SERVICE_NUMBER, "PS-771", "import.problem.duplicateNumber", 2),
                new RowProblem(3, "PS-771", TraineeColumn.EMAIL, "a@example.ORG", "import.problem.duplicateEmail", 2)),
                checked.problems());
        assertEquals("PS-771", checked.rows().get(0).serviceNumber());
        assertEquals("a@example.org", checked.rows().get(0).email());
    }

    @Test
    void valuesLongerThanAPersonTakesAreProblems() {
        String longName = "ا".repeat(Person.MAX_NAME + 1);
        TraineeRowChecker.Checked checked = check("الرقم,الاسم,name\nPS-1," + longName + ",Ali\n");
        assertEquals(List.of(new RowProblem(2, "PS-1", TraineeColumn.NAME_ARABIC, longName, "import.problem.tooLong",
                Person.MAX_NAME)), checked.problems());
        assertEquals("Arabic name is longer than 200 characters.", checked.problems().get(0).message(Language.ENGLISH));
    }

    @Test
    void genderAndLanguageAreUnderstoodInBothLanguages() {
        TraineeRowChecker.Checked checked = check("""
                id,الاسم,name,sex,lang
                1,أ,A,ذكر,العربية
                2,ب,B,أنثى,English
                3,ج,C,female,EN
                4,د,D,m,
                """);
        assertEquals(List.of(), checked.problems());
        assertEquals(List.of(Gender.MALE, Gender.FEMALE, Gender.FEMALE, Gender.MALE),
                checked.rows().stream().map(TraineeRow::gender).toList());
        assertEquals(java.util.Arrays.asList(Language.ARABIC, Language.ENGLISH, Language.ENGLISH, null),
                checked.rows().stream().map(TraineeRow::language).toList());
    }

    @Test
    void headersAreRecognisedInBothLanguagesAndWhateverTheirPunctuation() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Service_Number", "الاسم بالعربيه", "English name",
                "E-Mail", "رقم الجوال", "Governorate ", "ملاحظات"));
        assertEquals(Map.of(TraineeColumn.SERVICE_NUMBER, 0, TraineeColumn.NAME_ARABIC, 1, TraineeColumn.NAME_LATIN, 2,
                TraineeColumn.EMAIL, 3, TraineeColumn.PHONE, 4, TraineeColumn.GOVERNORATE, 5), mapping.asMap());
    }

    @Test
    void aMissingRequiredColumnIsOneProblemOfTheHeaderRowAndAHeaderCannotServeTwice() {
        Table table = READER.read(TraineeFiles.utf8("\n\nرقم,الاسم,notes\nPS-1,علي,x\nPS-2,سعاد,y\n"), "t.csv", null);
        TraineeRowChecker.Checked guessed = TraineeRowChecker.check(table, ColumnMapping.guess(table.headers()), DEMO);
        assertEquals(List.of(RowProblem.of(3, "", TraineeColumn.NAME_LATIN, "", "import.problem.missingColumn")),
                guessed.problems());

        ColumnMapping chosen = ColumnMapping.of(Map.of(TraineeColumn.SERVICE_NUMBER, 0, TraineeColumn.NAME_ARABIC, 1,
                TraineeColumn.NAME_LATIN, 1));
        TraineeRowChecker.Checked checked = TraineeRowChecker.check(table, chosen, DEMO);
        assertEquals(List.of(RowProblem.of(3, "", TraineeColumn.NAME_LATIN, "الاسم", "import.problem.headerUsedTwice")),
                checked.problems());
    }

    @Test
    void phoneNumbersAreCheckedAndWrittenOneWay() {
        assertEquals("+962791234567", TraineeRowChecker.phone("00962 (79) 123-4567"));
        assertEquals("0791234567", TraineeRowChecker.phone("٠٧٩١٢٣٤٥٦٧"));
        assertEquals(null, TraineeRowChecker.phone("12ab"));
        assertEquals(null, TraineeRowChecker.phone("12345"));
        assertEquals(null, TraineeRowChecker.email("a@b"));
        assertEquals(null, TraineeRowChecker.email("a b@example.org"));
    }

    @Test
    void theReportListsEveryRowWithItsOutcomeInTheReadersLanguage() {
        Table table = READER.read(TraineeFiles.utf8(TraineeFiles.MESSY), "t.csv", null);
        ColumnMapping mapping = ColumnMapping.guess(table.headers());
        TraineeRowChecker.Checked checked = TraineeRowChecker.check(table, mapping, DEMO);
        ImportPreview preview = new ImportPreview("t.csv", table.rows().size(), mapping, checked.rows(),
                checked.problems(), java.util.Set.of("PS-900002"));
        String report = new String(ImportReport.of(preview, Language.ENGLISH), StandardCharsets.UTF_8);
        List<String> lines = report.lines().toList();
        assertEquals("\uFEFFRow,Service number,Outcome,Problems", lines.get(0));
        assertEquals("2,PS-900001,New,", lines.get(1));
        assertEquals("4,PS-900002,Update,", lines.get(2));
        assertEquals("5,PS-900001,Problem,Service number: The service number PS-900001 is already in row 2 of the file.; "
                + "E-mail: The e-mail address samer@example.org is already in row 2 of the file.", lines.get(3));
        assertEquals(7, lines.size());
        assertTrue(new String(ImportReport.of(preview, Language.ARABIC), StandardCharsets.UTF_8)
                .startsWith("\uFEFFالصف,الرقم العسكري أو الوظيفي,النتيجة,الأخطاء"));
        assertEquals(2, preview.toCreate() + preview.toUpdate());
        assertEquals(4, preview.rowsWithProblems());

        ImportResult result = new ImportResult("t.csv", List.of(new ImportResult.Outcome(2, "=1+1", true)));
        assertEquals("2,'=1+1,Created,", new String(ImportReport.of(result, Language.ENGLISH), StandardCharsets.UTF_8)
                .lines().toList().get(1), "a value a spreadsheet would run as a formula is defused");
    }
}
