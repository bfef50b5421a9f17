package org.tadreeb.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tadreeb.course.Course;
import org.tadreeb.course.CourseCatalogue;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.audit.AuditLog;

/**
 * The evaluation questions and their versions, and which courses are evaluated by name. Publishing writes a new
 * version (the current one is locked meanwhile, so two administrators publishing at once make two versions one
 * after the other); versions already published are never changed. Audited as {@code evaluation.questions.published}
 * and {@code evaluation.anonymity.changed}.
 */
@ApplicationScoped
public class QuestionSets {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    AuditLog auditLog;

    /** The version new surveys use: the latest. */
    @Transactional
    public QuestionSet current() {
        return entityManager.createQuery("SELECT f FROM QuestionSet f ORDER BY f.versionNumber DESC", QuestionSet.class)
                .setMaxResults(1)
                .getSingleResult();
    }

    /** Every version, newest first, with how many surveys were opened with it. */
    @Transactional
    public List<Version> versions() {
        Map<Long, Long> questions = countsBy("SELECT q.questionSet.id, COUNT(q) FROM Question q GROUP BY q.questionSet.id");
        Map<Long, Long> surveys = countsBy("SELECT s.questionSet.id, COUNT(s) FROM Survey s GROUP BY s.questionSet.id");
        return entityManager.createQuery("SELECT f FROM QuestionSet f ORDER BY f.versionNumber DESC", QuestionSet.class)
                .getResultStream()
                .map(f -> new Version(f.getVersionNumber(), f.getCreatedAt(), f.getCreatedBy(),
                        questions.getOrDefault(f.getId(), 0L), surveys.getOrDefault(f.getId(), 0L)))
                .toList();
    }

    private Map<Long, Long> countsBy(String query) {
        Map<Long, Long> counts = new HashMap<>();
        entityManager.createQuery(query, Object[].class).getResultStream()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /**
     * Publishes the questions as the next version and answers its number. Refused field by field when a question
     * lacks its topic or a text, and when nothing changed ({@code evaluation.error.unchanged}).
     */
    @Transactional
    public int publish(String username, List<QuestionDraft> drafts) {
        QuestionSet.check(drafts);
        QuestionSet current = entityManager.find(QuestionSet.class, current().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (current.sameAs(drafts)) {
            throw new BusinessException("evaluation.error.unchanged", current.getVersionNumber());
        }
        QuestionSet next = new QuestionSet(current.getVersionNumber(), drafts, username, Instant.now());
        entityManager.persist(next);
        auditLog.record("evaluation.questions.published", "EvaluationQuestions", next.getVersionNumber(),
                Integer.toString(current.getVersionNumber()), describe(next));
        return next.getVersionNumber();
    }

    /** Whether the course's evaluations are anonymous (they are unless an administrator said otherwise). */
    @Transactional
    public boolean isAnonymous(Course course) {
        CourseSetting setting = entityManager.find(CourseSetting.class, course.getId());
        return setting == null || setting.isAnonymous();
    }

    /** The codes of the courses evaluated by name, in code order. */
    @Transactional
    public List<String> namedCourses() {
        return entityManager.createQuery("""
                        SELECT c.code FROM CourseSetting s, Course c
                        WHERE c.id = s.courseId
                        AND s.anonymous = FALSE
                        ORDER BY c.code""", String.class)
                .getResultList();
    }

    /** Sets whether the course's future surveys are anonymous; surveys already opened keep their setting. */
    @Transactional
    public void setAnonymous(String username, String courseCode, boolean anonymous) {
        Course course = catalogue.getByCode(courseCode);
        CourseSetting setting = entityManager.find(CourseSetting.class, course.getId());
        boolean before = setting == null || setting.isAnonymous();
        if (before == anonymous) {
            return;
        }
        if (setting == null) {
            entityManager.persist(new CourseSetting(course.getId(), anonymous));
        } else {
            setting.makeAnonymous(anonymous);
        }
        auditLog.record("evaluation.anonymity.changed", "Course", course.getCode(), anonymity(before), anonymity(anonymous));
    }

    private static String anonymity(boolean anonymous) {
        return anonymous ? "anonymous" : "named";
    }

    private static String describe(QuestionSet set) {
        JsonArrayBuilder questions = Json.createArrayBuilder();
        set.getQuestions().forEach(q -> questions.add(Json.createObjectBuilder()
                .add("topic", q.getTopic().name()).add("ar", q.getTextArabic()).add("en", q.getTextEnglish())));
        return Json.createObjectBuilder().add("version", set.getVersionNumber()).add("questions", questions).build().toString();
    }

    /** One version of the questions, for the administrators' list. */
    public record Version(int number, Instant createdAt, String createdBy, long questions, long surveys) {
    }
}
