package org.tadreeb.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.audit.AuditLog;

/** Creates, changes, archives and restores courses, with every rule checked and every change audited. */
@ApplicationScoped
public class CourseService {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    AuditLog auditLog;

    @Transactional
    public Course create(CourseDetails details) {
        List<FieldError> errors = new ArrayList<>(details.check());
        if (errors.stream().noneMatch(e -> e.field().equals("code")) && catalogue.findByCode(details.code()).isPresent()) {
            errors.add(new FieldError("code", "course.error.codeTaken", CourseCode.of(details.code()).value()));
        }
        References references = resolve(details, null, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Course course = new Course(details.code(), details.titleArabic(), details.titleEnglish(), details.contactHours());
        apply(course, details, references, null);
        entityManager.persist(course);
        entityManager.flush();
        auditLog.record("course.created", "Course", course.getCode(), null, CourseSnapshot.of(course));
        return course;
    }

    /**
     * Changes everything but the code, which identifies the course for ever. The assessment scheme cannot
     * change once a cohort has started (see {@link Course#defineScheme}).
     */
    @Transactional
    public Course update(String code, CourseDetails details) {
        Course course = catalogue.getByCode(code);
        List<FieldError> errors = new ArrayList<>(details.check());
        errors.removeIf(error -> error.field().equals("code"));
        References references = resolve(details, course, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String before = CourseSnapshot.of(course);
        apply(course, details, references, catalogue.startedCohortOf(course).orElse(null));
        auditLog.record("course.updated", "Course", course.getCode(), before, CourseSnapshot.of(course));
        return course;
    }

    /** Takes the course out of the catalogue: it keeps its cohorts and history but gets no new cohorts. */
    @Transactional
    public Course archive(String code) {
        Course course = catalogue.getByCode(code);
        if (!course.isArchived()) {
            course.archive();
            auditLog.record("course.archived", "Course", course.getCode(), "archived=false", "archived=true");
        }
        return course;
    }

    @Transactional
    public Course restore(String code) {
        Course course = catalogue.getByCode(code);
        if (course.isArchived()) {
            course.restore();
            auditLog.record("course.restored", "Course", course.getCode(), "archived=true", "archived=false");
        }
        return course;
    }

    private record References(Category category, List<Course> prerequisites) {
    }

    private References resolve(CourseDetails details, Course existing, List<FieldError> errors) {
        Category category = null;
        if (!CourseDetails.isBlank(details.categoryCode())) {
            category = catalogue.category(details.categoryCode()).orElse(null);
            if (category == null) {
                errors.add(new FieldError("category", "course.error.unknownCategory", details.categoryCode().strip()));
            }
        }
        Set<String> codes = details.prerequisiteCodes().stream()
                .filter(c -> c != null && !c.isBlank())
                .map(c -> CourseCode.of(c).value())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Course> prerequisites = new ArrayList<>();
        String ownCode = existing != null ? existing.getCode()
                : CourseCode.of(details.code()).value();
        for (String code : codes) {
            if (code.equals(ownCode)) {
                errors.add(new FieldError("prerequisites", "course.error.ownPrerequisite", code));
                continue;
            }
            Optional<Course> found = catalogue.findByCode(code);
            if (found.isEmpty()) {
                errors.add(new FieldError("prerequisites", "course.error.unknownPrerequisite", code));
            } else {
                prerequisites.add(found.get());
            }
        }
        if (existing != null && !codes.contains(ownCode)) {
            new PrerequisiteGraph(catalogue.prerequisiteCodes()).cycleIf(ownCode, codes).ifPresent(cycle ->
                    errors.add(new FieldError("prerequisites", "course.error.prerequisiteCycle",
                            PrerequisiteGraph.describe(cycle))));
        }
        return new References(category, prerequisites);
    }

    private static void apply(Course course, CourseDetails details, References references, String startedCohortCode) {
        course.rename(details.titleArabic(), details.titleEnglish());
        course.describe(details.summaryArabic(), details.summaryEnglish());
        course.stateObjectives(details.objectivesArabic(), details.objectivesEnglish());
        course.classify(references.category(), details.deliveryMode());
        course.plan(details.contactHours(), details.minimumAttendance(), details.certificateMonths(), details.defaultSeats());
        course.countExcusedAbsences(details.excusedAbsences());
        course.requirePrerequisites(references.prerequisites());
        course.defineScheme(details.scheme(), startedCohortCode);
    }
}
