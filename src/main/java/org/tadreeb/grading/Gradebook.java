package org.tadreeb.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.course.ExcusedAbsences;
import org.tadreeb.enrolment.EnrolmentStatus;

/**
 * A cohort's gradebook as read: one row per trainee holding a place (enrolled, or completed or failed once the
 * cohort is finished), one column per assessment component of the course's scheme, and beside each trainee the
 * attendance, the weighted total and the result {@link ResultRule} gives.
 */
public record Gradebook(String cohortCode, CohortStatus cohortStatus, String courseCode, String courseTitleArabic,
                        String courseTitleEnglish, int passMark, int minimumAttendance, ExcusedAbsences excusedAbsences,
                        Instant publishedAt, String publishedBy, List<Component> components, List<Row> rows) {

    /** Trainees who appear in a gradebook. */
    public static final List<EnrolmentStatus> GRADED =
            List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED);

    public Gradebook {
        components = List.copyOf(components);
        rows = List.copyOf(rows);
    }

    /** One column: an assessment component, with its place (from 1) in the scheme. */
    public record Component(long id, int position, String nameArabic, String nameEnglish, int maxScore, int weight)
            implements java.io.Serializable {

        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? nameArabic : nameEnglish;
        }
    }

    /** One trainee: the points per component in the columns' order (null where not scored), attendance and result. */
    public record Row(String serviceNumber, String nameArabic, String nameLatin, EnrolmentStatus status,
                      List<BigDecimal> points, AttendanceTally attendance, ResultRule.Result result) {

        public Row {
            points = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(points));
        }

        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? nameArabic : nameLatin;
        }

        public BigDecimal pointsAt(int column) {
            return points.get(column);
        }
    }

    public String courseTitle(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    /** Scores change only while the cohort runs; a completed cohort's results are final. */
    public boolean isOpenForScores() {
        return cohortStatus == CohortStatus.IN_PROGRESS;
    }

    public Optional<Row> row(String serviceNumber) {
        return rows.stream().filter(row -> row.serviceNumber().equalsIgnoreCase(serviceNumber)).findFirst();
    }

    public long count(ResultRule.Verdict verdict) {
        return rows.stream().filter(row -> row.result().verdict() == verdict).count();
    }
}
