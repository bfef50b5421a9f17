package org.tadreeb.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortCompleting;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.course.AssessmentComponent;
import org.tadreeb.enrolment.Enrolment;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.people.Person;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.i18n.BilingualText;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.cohort.CohortRepository;
import org.tadreeb.cohort.CohortCode;

/**
 * The gradebook's life. The cohort's instructors record scores while it runs and publish the results to the
 * trainees; once published, every change needs a reason; an administrator can reopen the gradebook (the results are
 * withdrawn from the trainees until published again). Completing the cohort finishes each trainee's enrolment by
 * their result. Every method asks {@link GradingAccess} first; every change is audited against the cohort.
 */
@ApplicationScoped
public class GradebookService {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CohortRepository cohorts;

    @Inject
    GradingAccess access;

    @Inject
    Gradebooks gradebooks;

    @Inject
    AuditLog auditLog;

    /** The gradebook, for the cohort's instructors and administrators (403 for anyone else). */
    @Transactional
    public Gradebook read(String username, String cohortCode) {
        return gradebooks.of(access.forReading(username, cohortCode));
    }

    /**
     * Records a batch of scores, all or none: every entry is checked first and any problem refuses the whole
     * batch ({@link ScoresRefusedException}, naming trainee and component). Unchanged scores change nothing. Once
     * the results are published a change needs a reason, which the audit keeps. Answers how many scores changed.
     */
    @Transactional
    public int record(String username, String cohortCode, List<ScoreEntry> entries, String reason) {
        Cohort cohort = access.forRecording(username, cohortCode);
        Batch batch = examine(cohort, entries);
        if (!batch.problems().isEmpty()) {
            throw new ScoresRefusedException(batch.problems());
        }
        return apply(cohort, batch.changes(), reason, username);
    }

    /**
     * What a batch would change, and what is wrong with it; saves nothing. Also for previews (a file's): the
     * problems are returned, not thrown, so that the caller's transaction stays usable.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Batch examine(Cohort cohort, List<ScoreEntry> entries) {
        requireOpen(cohort);
        Map<String, Enrolment> trainees = new HashMap<>();
        gradebooks.graded(cohort).forEach(e -> trainees.put(e.getTrainee().getServiceNumber(), e));
        Map<Long, AssessmentComponent> components = new HashMap<>();
        Gradebooks.componentsOf(cohort.getCourse()).forEach(c -> components.put(c.getId(), c));
        Map<String, Score> existing = new HashMap<>();
        gradebooks.scoresOf(cohort).forEach(s -> existing.put(key(s.getEnrolment(), s.getComponent()), s));
        List<ScoreProblem> problems = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ScoreEntry entry = entries.get(i);
            String number = entry.serviceNumber() == null || entry.serviceNumber().isBlank()
                    ? "" : Person.normaliseNumber(entry.serviceNumber());
            Enrolment enrolment = trainees.get(number);
            AssessmentComponent component = entry.componentId() == null ? null : components.get(entry.componentId());
            EntryProblems found = new EntryProblems(problems, i, number, enrolment, entry.componentId(), component);
            if (enrolment == null) {
                found.add("gradebook.error.notInCohort", number, cohort.getCode());
            }
            if (component == null) {
                found.add("gradebook.error.unknownComponent", entry.componentId() == null ? "" : entry.componentId());
            }
            if (enrolment == null || component == null) {
                continue;
            }
            if (!seen.add(key(enrolment, component))) {
                found.add("gradebook.error.enteredTwice");
                continue;
            }
            BigDecimal points;
            try {
                points = Points.parse(entry.points()).map(p -> ResultRule.checkPoints(p, component.getMaxScore())).orElse(null);
            } catch (BusinessException refused) {
                found.add(refused.messageKey(), refused.arguments());
                continue;
            }
            Score score = existing.get(key(enrolment, component));
            boolean changed = points == null ? score != null : score == null || score.getPoints().compareTo(points) != 0;
            if (changed) {
                changes.add(new Change(enrolment, component, score, points));
            }
        }
        return new Batch(problems, problems.isEmpty() ? changes : List.of());
    }

    /** Applies checked changes in the caller's transaction (with the reason they need once published). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int apply(Cohort cohort, List<Change> changes, String reason, String by) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > Cohort.MAX_REASON) {
            throw new BusinessException("input.error.tooLong", Cohort.MAX_REASON);
        }
        if (!changes.isEmpty() && cohort.isResultsPublished() && why == null) {
            throw new BusinessException("gradebook.error.reasonNeeded");
        }
        Instant now = Instant.now();
        for (Change change : changes) {
            String before = change.score() == null ? null : change.score().getPoints().toPlainString();
            String action;
            if (change.points() == null) {
                entityManager.remove(change.score());
                action = "score.cleared";
            } else if (change.score() == null) {
                entityManager.persist(new Score(change.enrolment(), change.component(), change.points(), by, now));
                action = "score.recorded";
            } else {
                change.score().record(change.points(), by, now);
                action = "score.changed";
            }
            auditLog.record(action, "Cohort", cohort.getCode(), scoreState(change, before, null),
                    scoreState(change, change.points() == null ? null : change.points().toPlainString(), why));
        }
        return changes.size();
    }

    /** Shows the results to the trainees; false when they already were. Instructors of a cohort in progress. */
    @Transactional
    public boolean publish(String username, String cohortCode) {
        Cohort cohort = access.forRecording(username, cohortCode);
        requireOpen(cohort);
        Gradebook gradebook = gradebooks.of(cohort);
        if (gradebook.components().isEmpty() || gradebook.rows().isEmpty()) {
            throw new BusinessException("gradebook.error.nothingToPublish", cohort.getCode());
        }
        if (!cohort.publishResults(username, Instant.now())) {
            return false;
        }
        auditLog.record("results.published", "Cohort", cohort.getCode(), null, verdicts(gradebook));
        return true;
    }

    /**
     * Takes published results back from the trainees so that the instructors correct them freely (administrators,
     * while the cohort runs: a completed cohort's results are final).
     */
    @Transactional
    public void reopen(String username, String cohortCode) {
        Cohort cohort = access.forAdministering(username, cohortCode);
        requireOpen(cohort);
        if (!cohort.reopenResults()) {
            throw new BusinessException("gradebook.error.notPublished", cohort.getCode());
        }
        auditLog.record("results.reopened", "Cohort", cohort.getCode(), "published", "reopened");
    }

    /**
     * Completing a cohort finishes each enrolled trainee's enrolment: completed when they passed, failed otherwise.
     * Refused (and the completion with it) while the results are unpublished or any trainee has no result yet; a
     * cohort with nobody enrolled completes as it is.
     */
    void onCompleting(@Observes CohortCompleting completing) {
        Cohort cohort = cohorts.findByCode(CohortCode.of(completing.cohortCode())).orElseThrow();
        Gradebook gradebook = gradebooks.of(cohort);
        if (gradebook.rows().isEmpty()) {
            return;
        }
        if (!cohort.isResultsPublished()) {
            throw new BusinessException("gradebook.error.completeUnpublished", cohort.getCode());
        }
        long pending = gradebook.count(ResultRule.Verdict.PENDING);
        if (pending > 0) {
            throw new BusinessException("gradebook.error.completePending", cohort.getCode(), pending);
        }
        Instant now = Instant.now();
        for (Enrolment enrolment : gradebooks.graded(cohort)) {
            if (enrolment.getStatus() != EnrolmentStatus.ENROLLED) {
                continue;
            }
            String number = enrolment.getTrainee().getServiceNumber();
            boolean passed = gradebook.row(number).orElseThrow().result().verdict() == ResultRule.Verdict.PASSED;
            enrolment.finish(passed, now);
            auditLog.record(passed ? "enrolment.completed" : "enrolment.failed", "Enrolment",
                    cohort.getCode() + "/" + number, EnrolmentStatus.ENROLLED.name(), enrolment.getStatus().name());
        }
    }

    private static void requireOpen(Cohort cohort) {
        if (cohort.getStatus() == CohortStatus.COMPLETED) {
            throw new BusinessException("gradebook.error.completed", cohort.getCode());
        }
        if (cohort.getStatus() != CohortStatus.IN_PROGRESS) {
            throw new BusinessException("gradebook.error.notStarted", cohort.getCode());
        }
    }

    private static String key(Enrolment enrolment, AssessmentComponent component) {
        return enrolment.getId() + ":" + component.getId();
    }

    private static String scoreState(Change change, String points, String reason) {
        JsonObjectBuilder state = Json.createObjectBuilder()
                .add("trainee", change.enrolment().getTrainee().getServiceNumber())
                .add("component", change.component().getNameEnglish());
        if (points == null) {
            state.addNull("points");
        } else {
            state.add("points", points);
        }
        if (reason != null) {
            state.add("reason", reason);
        }
        return state.build().toString();
    }

    private static String verdicts(Gradebook gradebook) {
        return Json.createObjectBuilder()
                .add("passed", gradebook.count(ResultRule.Verdict.PASSED))
                .add("failed", gradebook.count(ResultRule.Verdict.FAILED))
                .add("pending", gradebook.count(ResultRule.Verdict.PENDING))
                .build().toString();
    }

    /** A batch examined: its problems (each naming the entry, from 0) or, when there are none, its changes. */
    public record Batch(List<ScoreProblem> problems, List<Change> changes) {
    }

    /** One score a batch changes: new points, or null to clear it. */
    public record Change(Enrolment enrolment, AssessmentComponent component, Score score, BigDecimal points) {
    }

    /** Adds problems about one entry, naming its trainee and component as far as they are known. */
    private record EntryProblems(List<ScoreProblem> all, int entry, String number, Enrolment enrolment, Long componentId,
                            AssessmentComponent component) {

        void add(String messageKey, Object... arguments) {
            all.add(new ScoreProblem(entry, number,
                    enrolment == null ? null : new BilingualText(enrolment.getTrainee().getNameArabic(), enrolment.getTrainee().getNameLatin()),
                    componentId,
                    component == null ? null : new BilingualText(component.getNameArabic(), component.getNameEnglish()),
                    messageKey, List.of(arguments)));
        }
    }
}
