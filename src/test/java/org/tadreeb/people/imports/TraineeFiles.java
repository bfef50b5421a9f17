package org.tadreeb.people.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Trainee files for tests, as the centre's staff produce them, and the exact problems the messy one must get.
 * The organisations, governorates and ranks named are those of the demo data.
 */
public final class TraineeFiles {

    public static final String HEADER = "الرقم العسكري,الاسم بالعربية,Latin name,الرتبة,الجهة,المحافظة,الجنس,الهاتف,"
            + "البريد الإلكتروني,اللغة";

    /**
     * A file as it comes from a spreadsheet kept by hand: a byte-order mark, CRLF line ends, blank lines (one
     * of them only commas), a repeated row, a quoted Arabic name with quotes inside, Arabic-Indic digits, and
     * rows 5 to 9 with problems.
     */
    public static final String MESSY = "\uFEFF" + String.join("\r\n",
            HEADER,
            "PS-900001,سامر الحلبي,Samer Al-Halabi,رقيب,CPD-CAP,العاصمة,ذكر,0791234567,samer@example.org,ar",
            "",
            "PS-900002,هند  العمري,Hind Al-Omari,LT,شرطة إقليم الشمال,North,أنثى,+962 79 555 1234,hind@example.org,en",
            "PS-900001,سامر الحلبي,Samer Al-Halabi,رقيب,CPD-CAP,العاصمة,ذكر,0791234567,samer@example.org,ar",
            ",رامي سعيد,Rami Said,CONST,CPD-CAP,CAP,M,,,",
            "PS-900003,,Lina Haddad,CPL,NO-SUCH-ORG,Atlantis,F,12ab,lina@,fr",
            " , ,,,,,,,,",
            "PS-900004,\"يوسف \"\"أبو علي\"\" الخطيب\",Yousef Al-Khatib,MAJOR?,CSO-YOUTH,SOU,x,٠٧٩١١١١١١١,hind@example.org,ar",
            "");

    /** The problems of {@link #MESSY}: row, column, message key, value, reference. */
    public static final List<RowProblem> MESSY_PROBLEMS = List.of(
            new RowProblem(5, "PS-900001", TraineeColumn.SERVICE_NUMBER, "PS-900001", "import.problem.duplicateNumber", 2),
            new RowProblem(5, "PS-900001", TraineeColumn.EMAIL, "samer@example.org", "import.problem.duplicateEmail", 2),
            new RowProblem(6, "", TraineeColumn.SERVICE_NUMBER, "", "import.problem.required", 0),
            new RowProblem(7, "PS-900003", TraineeColumn.NAME_ARABIC, "", "import.problem.required", 0),
            new RowProblem(7, "PS-900003", TraineeColumn.ORGANISATION, "NO-SUCH-ORG", "import.problem.unknownOrganisation", 0),
            new RowProblem(7, "PS-900003", TraineeColumn.GOVERNORATE, "Atlantis", "import.problem.unknownGovernorate", 0),
            new RowProblem(7, "PS-900003", TraineeColumn.PHONE, "12ab", "import.problem.phone", 0),
            new RowProblem(7, "PS-900003", TraineeColumn.EMAIL, "lina@", "import.problem.email", 0),
            new RowProblem(7, "PS-900003", TraineeColumn.LANGUAGE, "fr", "import.problem.language", 0),
            new RowProblem(9, "PS-900004", TraineeColumn.RANK, "MAJOR?", "import.problem.unknownRank", 0),
            new RowProblem(9, "PS-900004", TraineeColumn.GENDER, "x", "import.problem.gender", 0),
            new RowProblem(9, "PS-900004", TraineeColumn.EMAIL, "hind@example.org", "import.problem.duplicateEmail", 4));

    /**
     * Older Arabic Excel's "CSV": Windows-1256, no byte-order mark, semicolons; organisations and governorates by
     * their Arabic names or codes (none in GOV-EDU or the South, whose people PeopleIT lists exactly).
     */
    public static final String ARABIC_EXCEL = String.join("\r\n",
            "الرقم;الاسم;الاسم بالإنجليزية;الجهة;المحافظة;الجنس",
            "PS-910001;عبد الرحمن الصالح;Abdulrahman Al-Saleh;شرطة إقليم الشمال;الشمال;ذكر",
            "PS-910002;آمنة الشريف;Amina Al-Sharif;CSO-YOUTH;الوسط;أنثى",
            "");

    private TraineeFiles() {
    }

    public static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    /** A valid CSV (UTF-8, no BOM) of new trainees numbered {@code prefix}-1 to -count. */
    public static String clean(String prefix, int count, String phonePrefix) {
        StringBuilder csv = new StringBuilder("service_number,name_ar,name_en,rank,organisation,unit,governorate,gender,phone,email,language\n");
        for (int i = 1; i <= count; i++) {
            csv.append(prefix).append('-').append(i).append(",متدرب رقم ").append(i).append(",Trainee ").append(i)
                    .append(",SGT,CPD-NOR,مركز الشمال,NOR,").append(i % 2 == 0 ? "F" : "M").append(',')
                    .append(phonePrefix).append(String.format("%06d", i)).append(',')
                    .append(prefix.toLowerCase(java.util.Locale.ROOT)).append('.').append(i).append("@example.org,")
                    .append(i % 3 == 0 ? "en" : "ar").append('\n');
        }
        return csv.toString();
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** An XLSX workbook of these rows; numeric-looking cells are stored as numbers, as Excel would. */
    public static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("المتدربون");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (value.matches("[0-9]{1,15}") && !value.startsWith("0")) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
