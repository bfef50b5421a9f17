package org.tadreeb.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.flywaydb.core.Flyway;

/**
 * Fills a database with realistic volumes of training history for demos and benchmarks: trainees across
 * organisations and governorates, cohorts over the last three years and the next six months with their meetings,
 * enrolments with outcomes, attendance and certificates. Rows are written with multi-row inserts and explicit ids,
 * so a hundred thousand enrolments and their attendance take a minute rather than an hour. Seeded: the same size
 * gives the same data.
 *
 * <p>Run from the repository's top folder on a database the application may use (it migrates the schema first):
 * {@code mvn -q compile exec:java -Pgenerate -Dtadreeb.generate.size=large -Dtadreeb.db.url=jdbc:mysql://...}
 * (see docs/operations.md). Everything it writes has codes starting {@code GEN-}.
 */
public final class VolumeData {

    /** How much to write. */
    public enum Size {
        SMALL(1_000, 100, 5_000), MEDIUM(5_000, 500, 25_000), LARGE(20_000, 2_000, 100_000);

        public final int trainees;
        public final int cohorts;
        public final int enrolments;

        Size(int trainees, int cohorts, int enrolments) {
            this.trainees = trainees;
            this.cohorts = cohorts;
            this.enrolments = enrolments;
        }
    }

    /** What was written, for the caller's report. */
    public record Written(int trainees, int cohorts, int enrolments, int attendance, int certificates, long millis) {
    }

    private static final String[][] GOVERNORATES = {
            {"CAP", "العاصمة", "Capital"}, {"NOR", "الشمال", "North"}, {"SOU", "الجنوب", "South"},
            {"EAS", "الشرق", "East"}, {"WES", "الغرب", "West"}, {"CEN", "الوسط", "Central"},
    };
    private static final String[] ORGANISATION_TYPES = {"POLICE_UNIT", "POLICE_UNIT", "POLICE_UNIT",
            "GOVERNMENT_DEPARTMENT", "COMMUNITY_ORGANISATION", "INTERNATIONAL_PARTNER"};
    private static final String[] CATEGORIES = {"FUND", "PROB", "COMM", "YOUTH", "GENDER", "PREV", "LEAD"};
    private static final String[] EXCUSED = {"LEFT_OUT", "AS_ATTENDED", "AS_MISSED"};
    private static final String[] GIVEN_AR = {"أحمد", "محمد", "علي", "حسن", "خالد", "يوسف", "عمر", "مريم", "فاطمة",
            "سارة", "نور", "ليلى", "هدى", "زينب"};
    private static final String[] GIVEN_EN = {"Ahmad", "Mohammed", "Ali", "Hassan", "Khaled", "Yousef", "Omar", "Mariam",
            "Fatima", "Sara", "Nour", "Layla", "Huda", "Zainab"};
    private static final String[] FAMILY_AR = {"الحسيني", "العلي", "الخطيب", "النجار", "الحداد", "السعدي", "الشامي",
            "المصري", "الزعبي", "القاسم"};
    private static final String[] FAMILY_EN = {"Al-Husseini", "Al-Ali", "Al-Khatib", "Al-Najjar", "Al-Haddad",
            "Al-Saadi", "Al-Shami", "Al-Masri", "Al-Zoubi", "Al-Qasem"};
    private static final int ORGANISATIONS = 60;
    private static final int COURSES = 24;
    private static final int VENUES = 12;

    private final Connection connection;
    private final Random random = new Random(20261129L);
    private final LocalDate today;

    public VolumeData(Connection connection, LocalDate today) {
        this.connection = connection;
        this.today = today;
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getProperty("tadreeb.db.url", "jdbc:h2:file:./data/tadreeb;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "NON_KEYWORDS=VALUE,YEAR,USER");
        String user = System.getProperty("tadreeb.db.user", "tadreeb");
        String password = System.getProperty("tadreeb.db.password", "tadreeb");
        Size size = Size.valueOf(System.getProperty("tadreeb.generate.size", "small").toUpperCase(Locale.ROOT));
        Flyway.configure().dataSource(url, user, password).locations("filesystem:sql").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            Written written = new VolumeData(connection, LocalDate.now()).generate(size);
            System.out.printf(Locale.ROOT, "Wrote %,d trainees, %,d cohorts, %,d enrolments, %,d attendance marks and "
                            + "%,d certificates in %,d ms%n", written.trainees(), written.cohorts(), written.enrolments(),
                    written.attendance(), written.certificates(), written.millis());
        }
    }

    public Written generate(Size size) throws SQLException {
        long start = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            if (count("SELECT COUNT(*) FROM person WHERE service_number LIKE 'GEN-%'") > 0) {
                throw new IllegalStateException("This database already holds generated data (service numbers GEN-...)");
            }
            referenceData();
            long firstPerson = nextId("person");
            people(size, firstPerson);
            int[] counts = cohortsAndEnrolments(size, firstPerson);
            connection.commit();
            if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
                restartH2Identities();
                connection.commit();
            }
            return new Written(size.trainees, size.cohorts, counts[0], counts[1], counts[2],
                    (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException | RuntimeException failed) {
            connection.rollback();
            throw failed;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private void referenceData() throws SQLException {
        for (int i = 0; i < GOVERNORATES.length; i++) {
            if (count("SELECT COUNT(*) FROM governorate WHERE code = '" + GOVERNORATES[i][0] + "'") == 0) {
                update("INSERT INTO governorate (code, name_ar, name_en, sort_order) VALUES (?, ?, ?, ?)",
                        GOVERNORATES[i][0], GOVERNORATES[i][1], GOVERNORATES[i][2], i);
            }
        }
        Rows organisations = new Rows("organisation", "code", "name_ar", "name_en", "org_type", "governorate_code");
        for (int i = 1; i <= ORGANISATIONS; i++) {
            organisations.add(String.format(Locale.ROOT, "GEN-ORG-%03d", i), "جهة " + i, "Organisation " + i,
                    ORGANISATION_TYPES[i % ORGANISATION_TYPES.length], GOVERNORATES[i % GOVERNORATES.length][0]);
        }
        organisations.flush();
        Rows courses = new Rows("course", "code", "title_ar", "title_en", "contact_hours", "category_code",
                "excused_absences", "certificate_months");
        for (int i = 1; i <= COURSES; i++) {
            courses.add(String.format(Locale.ROOT, "GEN-C%02d", i), "دورة تدريبية " + i, "Training course " + i,
                    12 + 4 * (i % 8), CATEGORIES[i % CATEGORIES.length], EXCUSED[i % EXCUSED.length],
                    i % 3 == 0 ? null : 24);
        }
        courses.flush();
        Rows venues = new Rows("venue", "code", "name_ar", "name_en", "governorate_code", "capacity");
        for (int i = 1; i <= VENUES; i++) {
            venues.add(String.format(Locale.ROOT, "GEN-V%02d", i), "قاعة " + i, "Hall " + i,
                    GOVERNORATES[i % GOVERNORATES.length][0], 60);
        }
        venues.flush();
    }

    private void people(Size size, long firstId) throws SQLException {
        List<Long> organisationIds = ids("SELECT id FROM organisation WHERE code LIKE 'GEN-ORG-%' ORDER BY id");
        Rows people = new Rows("person", "id", "service_number", "name_ar", "name_en", "gender", "governorate_code",
                "organisation_id", "preferred_language", "search_text");
        for (int i = 0; i < size.trainees; i++) {
            int given = random.nextInt(GIVEN_AR.length);
            boolean female = given >= 7 ? random.nextInt(10) < 9 : random.nextInt(10) == 0;
            int family = random.nextInt(FAMILY_AR.length);
            String number = String.format(Locale.ROOT, "GEN-%06d", i + 1);
            String arabic = GIVEN_AR[given] + " " + FAMILY_AR[family];
            String latin = GIVEN_EN[given] + " " + FAMILY_EN[family];
            String governorate = random.nextInt(20) == 0 ? null : GOVERNORATES[weighted(GOVERNORATES.length)][0];
            Long organisation = random.nextInt(25) == 0 ? null : organisationIds.get(random.nextInt(organisationIds.size()));
            people.add(firstId + i, number, arabic, latin, random.nextInt(50) == 0 ? null : female ? "FEMALE" : "MALE",
                    governorate, organisation, random.nextInt(4) == 0 ? "en" : "ar",
                    (arabic + " " + latin + " " + number).toLowerCase(Locale.ROOT));
        }
        people.flush();
    }

    /** Answers the enrolments, attendance marks and certificates written. */
    private int[] cohortsAndEnrolments(Size size, long firstPerson) throws SQLException {
        List<Long> courseIds = ids("SELECT id FROM course WHERE code LIKE 'GEN-C%' ORDER BY id");
        List<Long> venueIds = ids("SELECT id FROM venue WHERE code LIKE 'GEN-V%' ORDER BY id");
        long cohortId = nextId("cohort");
        long meetingId = nextId("meeting");
        long enrolmentId = nextId("enrolment");
        long certificateId = nextId("certificate");
        Rows cohorts = new Rows("cohort", "id", "code", "course_id", "starts_on", "ends_on", "seat_limit", "status",
                "venue_id", "needs_approval");
        Rows meetings = new Rows("meeting", "id", "cohort_id", "starts_at", "ends_at");
        Rows enrolments = new Rows("enrolment", "id", "cohort_id", "person_id", "status", "requested_at", "queued_at");
        Rows attendance = new Rows("attendance", "meeting_id", "enrolment_id", "mark", "recorded_by", "recorded_at");
        Rows certificates = new Rows("certificate", "id", "certificate_number", "verification_code", "enrolment_id",
                "live_enrolment_id", "issued_on", "expires_on", "signatory_name_ar", "signatory_name_en",
                "signatory_title_ar", "signatory_title_en", "status", "issued_at", "issued_by");
        int enrolled = 0;
        int marks = 0;
        int issued = 0;
        int perCohort = size.enrolments / size.cohorts;
        LocalDate earliest = today.minusYears(3);
        int span = (int) (today.plusMonths(6).toEpochDay() - earliest.toEpochDay());
        for (int c = 0; c < size.cohorts; c++) {
            long cohort = cohortId + c;
            int courseIndex = random.nextInt(courseIds.size());
            LocalDate startsOn = earliest.plusDays(random.nextInt(span));
            int meetingCount = 4 + random.nextInt(5);
            LocalDate endsOn = startsOn.plusDays(meetingCount - 1L);
            String status = endsOn.isBefore(today) ? (random.nextInt(25) == 0 ? "CANCELLED" : "COMPLETED")
                    : startsOn.isAfter(today) ? "OPEN" : "IN_PROGRESS";
            cohorts.add(cohort, String.format(Locale.ROOT, "GEN-%05d", c + 1), courseIds.get(courseIndex), startsOn,
                    endsOn, perCohort + 10, status, venueIds.get(random.nextInt(venueIds.size())), false);
            List<Long> held = new ArrayList<>();
            for (int m = 0; m < meetingCount; m++) {
                LocalDateTime begins = startsOn.plusDays(m).atTime(9, 0);
                meetings.add(meetingId, cohort, begins, begins.plusHours(3));
                if (!status.equals("CANCELLED") && begins.toLocalDate().isBefore(today)) {
                    held.add(meetingId);
                }
                meetingId++;
            }
            Set<Integer> chosen = new HashSet<>();
            int wanted = c < size.enrolments % size.cohorts ? perCohort + 1 : perCohort;
            while (chosen.size() < wanted) {
                chosen.add(random.nextInt(size.trainees));
            }
            for (int person : chosen) {
                String outcome = outcome(status);
                LocalDateTime requested = startsOn.minusDays(10 + random.nextInt(20)).atTime(10, 0);
                enrolments.add(enrolmentId, cohort, firstPerson + person, outcome, requested, requested);
                if (outcome.equals("ENROLLED") || outcome.equals("COMPLETED") || outcome.equals("FAILED")) {
                    for (long meeting : held) {
                        attendance.add(meeting, enrolmentId, mark(), "generator", endsOn.atTime(18, 0));
                        marks++;
                    }
                }
                if (outcome.equals("COMPLETED") && random.nextInt(10) > 0) {
                    LocalDate issuedOn = endsOn.plusDays(3);
                    certificates.add(certificateId, String.format(Locale.ROOT, "GEN-%d-%07d", issuedOn.getYear(),
                                    certificateId), Long.toHexString(random.nextLong()), enrolmentId, enrolmentId, issuedOn,
                            courseIndex % 3 == 2 ? null : issuedOn.plusMonths(24), "مدير المركز", "Centre Director",
                            "المدير", "Director", "VALID", issuedOn.atTime(12, 0), "generator");
                    certificateId++;
                    issued++;
                }
                enrolmentId++;
                enrolled++;
            }
            if (attendance.isFull() || enrolments.isFull()) {
                flushInOrder(cohorts, meetings, enrolments, attendance, certificates);
            }
        }
        flushInOrder(cohorts, meetings, enrolments, attendance, certificates);
        return new int[] {enrolled, marks, issued};
    }

    /** Parents before children: the foreign keys are checked as rows arrive. */
    private static void flushInOrder(Rows... tables) throws SQLException {
        for (Rows table : tables) {
            table.flush();
        }
    }

    private String outcome(String cohortStatus) {
        int roll = random.nextInt(100);
        return switch (cohortStatus) {
            case "COMPLETED" -> roll < 82 ? "COMPLETED" : roll < 94 ? "FAILED" : "WITHDRAWN";
            case "CANCELLED" -> "WITHDRAWN";
            case "IN_PROGRESS" -> roll < 95 ? "ENROLLED" : "WITHDRAWN";
            default -> roll < 80 ? "ENROLLED" : roll < 90 ? "REQUESTED" : "WAITLISTED";
        };
    }

    private String mark() {
        int roll = random.nextInt(100);
        return roll < 84 ? "PRESENT" : roll < 90 ? "LATE" : roll < 96 ? "ABSENT" : "EXCUSED";
    }

    /** The capital first and heaviest, then fewer people per governorate. */
    private int weighted(int count) {
        int roll = random.nextInt(count * (count + 1) / 2);
        for (int i = 0; i < count; i++) {
            roll -= count - i;
            if (roll < 0) {
                return i;
            }
        }
        return 0;
    }

    private void restartH2Identities() throws SQLException {
        for (String table : List.of("person", "cohort", "meeting", "enrolment", "certificate")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + nextId(table));
            }
        }
    }

    private long nextId(String table) throws SQLException {
        return count("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Rows for one table, written a few hundred at a time as one multi-row INSERT. */
    private final class Rows {

        private static final int PER_STATEMENT = 500;
        private final String table;
        private final String[] columns;
        private final List<Object[]> pending = new ArrayList<>();

        Rows(String table, String... columns) {
            this.table = table;
            this.columns = columns;
        }

        void add(Object... values) {
            pending.add(values);
        }

        boolean isFull() {
            return pending.size() >= PER_STATEMENT;
        }

        /** Writes what is pending, at most {@link #PER_STATEMENT} rows per statement. */
        void flush() throws SQLException {
            while (pending.size() > PER_STATEMENT) {
                List<Object[]> rest = new ArrayList<>(pending.subList(PER_STATEMENT, pending.size()));
                pending.subList(PER_STATEMENT, pending.size()).clear();
                flush();
                pending.addAll(rest);
            }
            if (pending.isEmpty()) {
                return;
            }
            String row = "(" + String.join(", ", java.util.Collections.nCopies(columns.length, "?")) + ")";
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                    + String.join(", ", java.util.Collections.nCopies(pending.size(), row));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (Object[] values : pending) {
                    for (Object value : values) {
                        statement.setObject(index++, value);
                    }
                }
                statement.executeUpdate();
            }
            pending.clear();
        }
    }
}
