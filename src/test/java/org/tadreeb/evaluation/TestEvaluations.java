package org.tadreeb.evaluation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.grading.AttendanceMark;
import org.tadreeb.grading.Gradebook;
import org.tadreeb.grading.GradebookService;
import org.tadreeb.grading.ScoreEntry;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.TestGrading;

/**
 * Evaluation tests' preconditions and their look into the database: a CP101 cohort completed for real (scores,
 * attendance, published results, {@code CohortService.complete}) with the trainees named, and the stored rows of the
 * evaluation tables read with plain JDBC. Only ever added to test deployments.
 */
@ApplicationScoped
public class TestEvaluations {

    @Inject
    TestGrading grading;

    @Inject
    TestEnrolments enrolments;

    @Inject
    GradebookService gradebooks;

    @Inject
    CohortService cohorts;

    @Inject
    CentreClock clock;

    @Inject
    QuestionSets questionSets;

    @PersistenceContext
    EntityManager entityManager;

    @Resource(lookup = "java:app/jdbc/tadreeb")
    DataSource dataSource;

    /**
     * A cohort of CP101 taught by the instructor named, that ran the last three days, with the trainees (service
     * numbers of existing people) enrolled, present throughout and passing; then completed, which invites them.
     */
    public void completedCohort(String code, String instructor, List<String> serviceNumbers) {
        completedCohort(code, instructor, serviceNumbers, List.of());
    }

    /** The same, with trainees who withdrew before the end (service numbers of existing people). */
    public void completedCohort(String code, String instructor, List<String> serviceNumbers, List<String> withdrawn) {
        completedCohort(code, "CP101", "CAP-R1", instructor, serviceNumbers, withdrawn);
    }

    /** The same for another course, in another venue (or none: remote). */
    public void completedCohort(String code, String courseCode, String venueCode, String instructor,
                                List<String> serviceNumbers, List<String> withdrawn) {
        completedCohort(code, courseCode, venueCode, instructor, serviceNumbers, withdrawn, 14);
    }

    /** The same, with the meetings from the hour given (not 14:00), so that tests sharing a server never clash. */
    public void completedCohort(String code, String courseCode, String venueCode, String instructor,
                                List<String> serviceNumbers, List<String> withdrawn, int hour) {
        grading.inProgressCohort(code, courseCode, venueCode, 3, instructor, clock.today(), hour);
        withdrawn.forEach(number -> enrolments.place(code, number, EnrolmentStatus.WITHDRAWN));
        for (String number : serviceNumbers) {
            enrolments.place(code, number, EnrolmentStatus.ENROLLED);
            grading.attend(code, number, AttendanceMark.PRESENT, AttendanceMark.PRESENT, AttendanceMark.PRESENT);
        }
        List<ScoreEntry> scores = new ArrayList<>();
        for (Gradebook.Component component : gradebooks.read(instructor, code).components()) {
            serviceNumbers.forEach(number -> scores.add(new ScoreEntry(number, component.id(), Integer.toString(component.maxScore()))));
        }
        gradebooks.record(instructor, code, scores, null);
        gradebooks.publish(instructor, code);
        cohorts.complete(code);
    }

    /** The current question version's number and how many questions it has. */
    @Transactional
    public int[] questionState() {
        QuestionSet current = questionSets.current();
        return new int[] {current.getVersionNumber(), current.getQuestions().size()};
    }

    /**
     * Puts the questions of the version given back as the current ones (published as a new version, by admin) unless
     * the current ones are already the same: what a test that publishes questions leaves behind for the others.
     */
    @Transactional
    public void restoreQuestions(int version) {
        List<QuestionDraft> drafts = entityManager.createQuery(
                        "SELECT f FROM QuestionSet f WHERE f.versionNumber = :number", QuestionSet.class)
                .setParameter("number", version).getSingleResult().getQuestions().stream().map(Question::draft).toList();
        if (!questionSets.current().sameAs(drafts)) {
            questionSets.publish("admin", drafts);
        }
    }

    /** The column names of a table, in their order, with their SQL type names: {@code NAME TYPE}. */
    public List<String> columnsOf(String table) {
        List<String> columns = new ArrayList<>();
        query("SELECT * FROM " + table + " WHERE 1 = 0", List.of(), meta -> {
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i).toLowerCase() + " " + meta.getColumnTypeName(i).toUpperCase());
            }
        }, null);
        return columns;
    }

    /** The rows a query answers, each column by its lower-case label. */
    public List<Map<String, Object>> rows(String sql, Object... parameters) {
        List<Map<String, Object>> rows = new ArrayList<>();
        query(sql, List.of(parameters), null, result -> {
            ResultSetMetaData meta = result.getMetaData();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.put(meta.getColumnLabel(i).toLowerCase(), result.getObject(i));
            }
            rows.add(row);
        });
        return rows;
    }

    private interface MetaReader {
        void read(ResultSetMetaData meta) throws SQLException;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, List<Object> parameters, MetaReader meta, RowReader rows) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                if (meta != null) {
                    meta.read(result.getMetaData());
                }
                while (rows != null && result.next()) {
                    rows.read(result);
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
