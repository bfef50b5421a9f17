package org.tadreeb.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.course.AssessmentComponent;
import org.tadreeb.course.Course;
import org.tadreeb.enrolment.Enrolment;
import org.tadreeb.enrolment.EnrolmentRepository;
import org.tadreeb.people.Person;

/**
 * Reads gradebooks: three queries per cohort (the trainees, their scores, their attendance tallies), whatever its
 * size. Callers decide who may read what ({@link GradingAccess}); this class does not.
 */
@ApplicationScoped
public class Gradebooks {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AttendanceTallies tallies;

    @Inject
    EnrolmentRepository enrolments;

    public Gradebook of(Cohort cohort) {
        Course course = cohort.getCourse();
        List<AssessmentComponent> components = componentsOf(course);
        Map<Long, Map<Long, BigDecimal>> points = new HashMap<>();
        entityManager.createQuery("""
                        SELECT s.enrolment.id, s.component.id, s.points
                        FROM Score s
                        WHERE s.enrolment.cohort = :cohort""", Object[].class)
                .setParameter("cohort", cohort)
                .getResultList()
                .forEach(row -> points.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put((Long) row[1], (BigDecimal) row[2]));
        Map<Long, AttendanceTally> attendance = tallies.of(cohort);
        ResultRule rule = new ResultRule(course.getPassMark(), course.getMinimumAttendance(), course.getExcusedAbsences());
        List<Gradebook.Row> rows = new ArrayList<>();
        for (Enrolment enrolment : graded(cohort)) {
            Map<Long, BigDecimal> mine = points.getOrDefault(enrolment.getId(), Map.of());
            List<BigDecimal> scored = new ArrayList<>();
            List<ResultRule.Part> parts = new ArrayList<>();
            for (AssessmentComponent component : components) {
                BigDecimal value = mine.get(component.getId());
                scored.add(value);
                parts.add(new ResultRule.Part(component.getMaxScore(), component.getWeight(), value));
            }
            AttendanceTally tally = attendance.getOrDefault(enrolment.getId(), AttendanceTally.NONE);
            Person trainee = enrolment.getTrainee();
            rows.add(new Gradebook.Row(trainee.getServiceNumber(), trainee.getNameArabic(), trainee.getNameLatin(),
                    enrolment.getStatus(), scored, tally, rule.apply(parts, tally)));
        }
        List<Gradebook.Component> columns = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            AssessmentComponent component = components.get(i);
            columns.add(new Gradebook.Component(component.getId(), i + 1, component.getNameArabic(),
                    component.getNameEnglish(), component.getMaxScore(), component.getWeight()));
        }
        return new Gradebook(cohort.getCode(), cohort.getStatus(), course.getCode(), course.getTitleArabic(),
                course.getTitleEnglish(), course.getPassMark(), course.getMinimumAttendance(),
                course.getExcusedAbsences(), cohort.getResultsPublishedAt(), cohort.getResultsPublishedBy(),
                columns, rows);
    }

    /** The trainees a gradebook has a row for, in name order. */
    public List<Enrolment> graded(Cohort cohort) {
        return enrolments.ofCohortByName(cohort, Gradebook.GRADED);
    }

    public List<Score> scoresOf(Cohort cohort) {
        return entityManager.createQuery("""
                        SELECT s FROM Score s
                        WHERE s.enrolment.cohort = :cohort""", Score.class)
                .setParameter("cohort", cohort)
                .getResultList();
    }

    static List<AssessmentComponent> componentsOf(Course course) {
        return course.getComponents().stream().sorted(Comparator.comparingInt(AssessmentComponent::getSortOrder)).toList();
    }
}
