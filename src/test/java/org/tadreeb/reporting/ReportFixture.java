package org.tadreeb.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A small, hand-counted world in 2031 (far from the demo data's dates) for the report tests. Expected figures are
 * worked out in {@link ReportIT}'s comments.
 *
 * <pre>
 * course RPT1: 20 contact hours, excused absences left out;  RPT2: 10 hours, excused counted as attended
 * people: P1 female, RG-A, police unit;   P2 male, RG-A, police unit;
 *         P3 female, RG-B, community org; P4 male, no governorate, no organisation
 * R1-A (RPT1, ends 2031-03-10, completed, 2 meetings):
 *     P1 completed, present+present (20 h); P2 failed, present+absent (10 h);
 *     P3 completed, present+excused (20 h: the excused meeting is left out); P4 withdrawn (not counted)
 * R2-A (RPT2, ends 2031-06-10, completed, 2 meetings):
 *     P1 completed, late+excused (10 h); P4 enrolled, absent+excused (5 h)
 * R1-B (RPT1, ends 2032-01-10): P2 completed — outside the period
 * R1-C (RPT1, ends 2031-05-01, cancelled): P3 enrolled — never counted
 * certificates: P1/R1-A issued 2031-03-15; P3/R1-A issued 2031-03-15, revoked, reissued 2031-04-01 (counted once);
 *               P1/R2-A issued 2032-01-05 (outside the period)
 * </pre>
 */
@ApplicationScoped
public class ReportFixture {

    @PersistenceContext
    EntityManager entityManager;

    @Transactional
    public void load() {
        sql("INSERT INTO governorate (code, name_ar, name_en, sort_order) VALUES ('RG-A', 'محافظة أ', 'Governorate A', 90)");
        sql("INSERT INTO governorate (code, name_ar, name_en, sort_order) VALUES ('RG-B', 'محافظة ب', 'Governorate B', 91)");
        sql("INSERT INTO organisation (code, name_ar, name_en, org_type, governorate_code) "
                + "VALUES ('RPT-POL', 'وحدة', 'Unit', 'POLICE_UNIT', 'RG-A')");
        sql("INSERT INTO organisation (code, name_ar, name_en, org_type, governorate_code) "
                + "VALUES ('RPT-COM', 'جمعية', 'Association', 'COMMUNITY_ORGANISATION', 'RG-B')");
        sql("INSERT INTO venue (code, name_ar, name_en, governorate_code, capacity) VALUES ('RPT-V', 'قاعة', 'Hall', 'RG-A', 40)");
        sql("INSERT INTO course (code, title_ar, title_en, contact_hours, category_code, excused_absences) "
                + "VALUES ('RPT1', 'دورة التقرير الأولى', 'Report course one', 20, 'FUND', 'LEFT_OUT')");
        sql("INSERT INTO course (code, title_ar, title_en, contact_hours, category_code, excused_absences) "
                + "VALUES ('RPT2', 'دورة التقرير الثانية', 'Report course two', 10, 'COMM', 'AS_ATTENDED')");
        person("RPT-P1", "FEMALE", "'RG-A'", "'RPT-POL'");
        person("RPT-P2", "MALE", "'RG-A'", "'RPT-POL'");
        person("RPT-P3", "FEMALE", "'RG-B'", "'RPT-COM'");
        person("RPT-P4", "MALE", "NULL", "NULL");
        cohort("R1-A", "RPT1", "2031-03-01", "2031-03-10", "COMPLETED");
        cohort("R2-A", "RPT2", "2031-06-01", "2031-06-10", "COMPLETED");
        cohort("R1-B", "RPT1", "2031-12-20", "2032-01-10", "COMPLETED");
        cohort("R1-C", "RPT1", "2031-04-20", "2031-05-01", "CANCELLED");
        enrol("R1-A", "RPT-P1", "COMPLETED", "PRESENT", "PRESENT");
        enrol("R1-A", "RPT-P2", "FAILED", "PRESENT", "ABSENT");
        enrol("R1-A", "RPT-P3", "COMPLETED", "PRESENT", "EXCUSED");
        enrol("R1-A", "RPT-P4", "WITHDRAWN");
        enrol("R2-A", "RPT-P1", "COMPLETED", "LATE", "EXCUSED");
        enrol("R2-A", "RPT-P4", "ENROLLED", "ABSENT", "EXCUSED");
        enrol("R1-B", "RPT-P2", "COMPLETED", "PRESENT", "PRESENT");
        enrol("R1-C", "RPT-P3", "ENROLLED");
        certificate("RPT-0001", "R1-A", "RPT-P1", "2031-03-15", "VALID", null);
        certificate("RPT-0002", "R1-A", "RPT-P3", "2031-03-15", "REVOKED", null);
        certificate("RPT-0003", "R1-A", "RPT-P3", "2031-04-01", "VALID", "RPT-0002");
        certificate("RPT-0004", "R2-A", "RPT-P1", "2032-01-05", "VALID", null);
    }

    private void person(String number, String gender, String governorate, String organisation) {
        sql("INSERT INTO person (service_number, name_ar, name_en, gender, governorate_code, organisation_id) "
                + "VALUES ('" + number + "', 'متدرب " + number + "', 'Trainee " + number + "', '" + gender + "', "
                + governorate + ", (SELECT id FROM organisation WHERE code = " + organisation + "))");
    }

    private void cohort(String code, String course, String startsOn, String endsOn, String status) {
        sql("INSERT INTO cohort (code, course_id, starts_on, ends_on, seat_limit, status, venue_id) VALUES ('" + code
                + "', (SELECT id FROM course WHERE code = '" + course + "'), DATE '" + startsOn + "', DATE '" + endsOn
                + "', 20, '" + status + "', (SELECT id FROM venue WHERE code = 'RPT-V'))");
        for (int day = 0; day < 2; day++) {
            sql("INSERT INTO meeting (cohort_id, starts_at, ends_at) VALUES ((SELECT id FROM cohort WHERE code = '"
                    + code + "'), TIMESTAMP '" + startsOn + " 0" + (9 + day) + ":00:00', TIMESTAMP '" + startsOn
                    + " 1" + day + ":00:00')");
        }
    }

    private void enrol(String cohort, String person, String status, String... marks) {
        sql("INSERT INTO enrolment (cohort_id, person_id, status) VALUES ((SELECT id FROM cohort WHERE code = '" + cohort
                + "'), (SELECT id FROM person WHERE service_number = '" + person + "'), '" + status + "')");
        String enrolment = "(SELECT e.id FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN person p ON p.id = "
                + "e.person_id WHERE c.code = '" + cohort + "' AND p.service_number = '" + person + "')";
        for (int i = 0; i < marks.length; i++) {
            sql("INSERT INTO attendance (meeting_id, enrolment_id, mark, recorded_by, recorded_at) VALUES ("
                    + "(SELECT MIN(m.id) + " + i + " FROM meeting m JOIN cohort c ON c.id = m.cohort_id WHERE c.code = '"
                    + cohort + "'), " + enrolment + ", '" + marks[i] + "', 'fixture', TIMESTAMP '2031-01-01 00:00:00')");
        }
    }

    private void certificate(String number, String cohort, String person, String issuedOn, String status,
                             String replaces) {
        String enrolment = "(SELECT e.id FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN person p ON p.id = "
                + "e.person_id WHERE c.code = '" + cohort + "' AND p.service_number = '" + person + "')";
        boolean revoked = status.equals("REVOKED");
        sql("INSERT INTO certificate (certificate_number, verification_code, enrolment_id, live_enrolment_id, replaces_id, "
                + "issued_on, signatory_name_ar, signatory_name_en, signatory_title_ar, signatory_title_en, status, "
                + "issued_at, issued_by, revoked_at) VALUES ('" + number + "', '" + number + "-code', " + enrolment + ", "
                + (revoked ? "NULL" : enrolment) + ", "
                + (replaces == null ? "NULL" : "(SELECT x.id FROM (SELECT id FROM certificate WHERE certificate_number = '"
                        + replaces + "') x)")
                + ", DATE '" + issuedOn + "', 'م', 'S', 'م', 'S', '" + status + "', TIMESTAMP '" + issuedOn
                + " 10:00:00', 'fixture', " + (revoked ? "TIMESTAMP '" + issuedOn + " 11:00:00'" : "NULL") + ")");
    }

    private void sql(String statement) {
        entityManager.createNativeQuery(statement).executeUpdate();
    }
}
