package org.tadreeb.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.grading.GradingAccess;
import org.tadreeb.people.Account;
import org.tadreeb.people.AccountRepository;
import org.tadreeb.people.Role;
import org.tadreeb.platform.AccessDeniedException;

/**
 * Evaluation results, always in aggregate and counted by the database ({@code GROUP BY}): a cohort's for its
 * instructors and the administrators (the rule of {@link GradingAccess#forReading}), every survey and a summary per
 * course for administrators, and the average scores of a period for reports. Means, distributions and comments
 * appear only once {@code tadreeb.evaluation.min-responses} (3) trainees answered, so that nobody reads one
 * person's answers out of an aggregate; comments come in the order of the responses' random keys, not of arrival.
 */
@ApplicationScoped
public class EvaluationResults {

    private static final String SURVEYS = """
            SELECT h.code, c.code, c.title_ar, c.title_en, h.ends_on, s.anonymous, s.id
            FROM evaluation_survey s
            JOIN cohort h ON h.id = s.cohort_id
            JOIN course c ON c.id = h.course_id
            """;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    GradingAccess access;

    @Inject
    AccountRepository accounts;

    @Inject
    @ConfigProperty(name = "tadreeb.evaluation.min-responses", defaultValue = "3")
    int minimum;

    /** How many trainees must answer before a survey's means, distributions and comments are shown. */
    public int minimumResponses() {
        return minimum;
    }

    /** The cohort's results, for its instructors and administrators (403 for anyone else, 404 for no such cohort). */
    @Transactional
    public java.util.Optional<CohortEvaluation> ofCohort(String username, String cohortCode) {
        Cohort cohort = access.forReading(username, cohortCode);
        return entityManager.createQuery("SELECT s FROM Survey s WHERE s.cohort = :cohort", Survey.class)
                .setParameter("cohort", cohort)
                .getResultStream().findFirst()
                .map(this::results);
    }

    private CohortEvaluation results(Survey survey) {
        long invited = count("SELECT COUNT(*) FROM evaluation_invitation WHERE survey_id = ?", survey.getId());
        long responses = count("SELECT COUNT(*) FROM evaluation_response WHERE survey_id = ?", survey.getId());
        boolean shown = responses >= minimum;
        Map<Long, long[]> distributions = new HashMap<>();
        if (shown) {
            rows(entityManager.createNativeQuery("""
                            SELECT a.question_id, a.score, COUNT(*)
                            FROM evaluation_answer a
                            JOIN evaluation_response r ON r.id = a.response_id
                            WHERE r.survey_id = ?
                            GROUP BY a.question_id, a.score""").setParameter(1, survey.getId()))
                    .forEach(row -> distributions.computeIfAbsent(number(row[0]), id -> new long[Answers.HIGHEST])
                            [(int) number(row[1]) - 1] = number(row[2]));
        }
        List<CohortEvaluation.QuestionResult> questions = new ArrayList<>();
        long sum = 0;
        long answers = 0;
        for (Question question : survey.getQuestionSet().getQuestions()) {
            long[] counts = distributions.getOrDefault(question.getId(), new long[Answers.HIGHEST]);
            long answered = 0;
            long total = 0;
            List<Long> distribution = new ArrayList<>();
            for (int score = Answers.LOWEST; score <= Answers.HIGHEST; score++) {
                answered += counts[score - 1];
                total += score * counts[score - 1];
                distribution.add(counts[score - 1]);
            }
            sum += total;
            answers += answered;
            questions.add(new CohortEvaluation.QuestionResult(question.getId(), question.getSortOrder(), question.getTopic(),
                    question.getTextArabic(), question.getTextEnglish(), answered, mean(total, answered), distribution));
        }
        List<String> comments = !shown ? List.of() : rows(entityManager.createNativeQuery("""
                        SELECT comment_text
                        FROM evaluation_response
                        WHERE survey_id = ?
                        AND comment_text IS NOT NULL
                        ORDER BY id""").setParameter(1, survey.getId())).stream()
                .map(row -> (String) row[0]).toList();
        Cohort cohort = survey.getCohort();
        return new CohortEvaluation(cohort.getCode(), cohort.getCourse().getCode(), cohort.getCourse().getTitleArabic(),
                cohort.getCourse().getTitleEnglish(), cohort.getEndsOn(), survey.getQuestionSet().getVersionNumber(),
                survey.isAnonymous(), invited, responses, minimum, shown ? mean(sum, answers) : null, questions, comments);
    }

    /** Every survey, the most recently ended cohort first (administrators). */
    @Transactional
    public List<SurveySummary> surveys(String username) {
        requireAdministrator(username);
        return summaries(SURVEYS + "ORDER BY h.ends_on DESC, h.code", null);
    }

    /** The surveys of the cohorts the instructor teaches, the most recently ended first. */
    @Transactional
    public List<SurveySummary> teaching(String username) {
        Account caller = accounts.findByUsername(username).orElseThrow(AccessDeniedException::new);
        return summaries(SURVEYS + """
                WHERE EXISTS (SELECT 1 FROM cohort_instructor t WHERE t.cohort_id = h.id AND t.account_id = ?)
                ORDER BY h.ends_on DESC, h.code""", caller.getId());
    }

    private List<SurveySummary> summaries(String sql, Long accountId) {
        Query query = entityManager.createNativeQuery(sql);
        if (accountId != null) {
            query.setParameter(1, accountId);
        }
        List<Object[]> surveys = rows(query);
        Map<Long, Long> invited = countsBySurvey("SELECT survey_id, COUNT(*), 0 FROM evaluation_invitation GROUP BY survey_id");
        Map<Long, long[]> scores = new HashMap<>();
        rows(entityManager.createNativeQuery("""
                        SELECT r.survey_id, COUNT(DISTINCT r.id), SUM(a.score), COUNT(a.score)
                        FROM evaluation_response r
                        LEFT JOIN evaluation_answer a ON a.response_id = r.id
                        GROUP BY r.survey_id""")).forEach(row ->
                scores.put(number(row[0]), new long[] {number(row[1]), number(row[2]), number(row[3])}));
        return surveys.stream().map(row -> {
            long survey = number(row[6]);
            long[] answered = scores.getOrDefault(survey, new long[3]);
            return new SurveySummary((String) row[0], (String) row[1], (String) row[2], (String) row[3], date(row[4]),
                    bool(row[5]), invited.getOrDefault(survey, 0L), answered[0],
                    answered[0] >= minimum ? mean(answered[1], answered[2]) : null);
        }).toList();
    }

    private Map<Long, Long> countsBySurvey(String sql) {
        Map<Long, Long> counts = new HashMap<>();
        rows(entityManager.createNativeQuery(sql)).forEach(row -> counts.put(number(row[0]), number(row[1])));
        return counts;
    }

    /** How the averages of a period are grouped. */
    public enum Grouping {
        COHORT("h.code"), COURSE("c.code");

        private final String column;

        Grouping(String column) {
            this.column = column;
        }
    }

    /**
     * The average scores of the cohorts that ended in the period (both days included), per cohort or per course,
     * overall and per topic, in code order; for reports. Aggregated by the database; means are null while fewer than
     * the minimum answered.
     */
    @Transactional
    public List<AverageScores> averages(LocalDate from, LocalDate to, Grouping grouping) {
        String key = grouping.column;
        String joins = """
                FROM evaluation_response r
                JOIN evaluation_survey s ON s.id = r.survey_id
                JOIN cohort h ON h.id = s.cohort_id
                JOIN course c ON c.id = h.course_id
                """;
        String period = "WHERE h.ends_on >= ? AND h.ends_on <= ?\n";
        Map<String, Object[]> groups = new LinkedHashMap<>();
        rows(entityManager.createNativeQuery("SELECT " + key + ", c.code, c.title_ar, c.title_en, COUNT(*)\n" + joins + period
                        + "GROUP BY " + key + ", c.code, c.title_ar, c.title_en\nORDER BY " + key)
                .setParameter(1, java.sql.Date.valueOf(from)).setParameter(2, java.sql.Date.valueOf(to)))
                .forEach(row -> groups.put((String) row[0], row));
        Map<String, Map<Topic, long[]>> sums = new HashMap<>();
        rows(entityManager.createNativeQuery("SELECT " + key + ", q.topic, SUM(a.score), COUNT(a.score)\n" + joins
                        + "JOIN evaluation_answer a ON a.response_id = r.id\nJOIN evaluation_question q ON q.id = a.question_id\n"
                        + period + "GROUP BY " + key + ", q.topic")
                .setParameter(1, java.sql.Date.valueOf(from)).setParameter(2, java.sql.Date.valueOf(to)))
                .forEach(row -> sums.computeIfAbsent((String) row[0], k -> new EnumMap<>(Topic.class))
                        .put(Topic.valueOf((String) row[1]), new long[] {number(row[2]), number(row[3])}));
        List<AverageScores> averages = new ArrayList<>();
        groups.forEach((code, row) -> {
            long responses = number(row[4]);
            boolean shown = responses >= minimum;
            Map<Topic, BigDecimal> byTopic = new EnumMap<>(Topic.class);
            long sum = 0;
            long count = 0;
            for (Map.Entry<Topic, long[]> topic : sums.getOrDefault(code, Map.of()).entrySet()) {
                sum += topic.getValue()[0];
                count += topic.getValue()[1];
                if (shown) {
                    byTopic.put(topic.getKey(), mean(topic.getValue()[0], topic.getValue()[1]));
                }
            }
            averages.add(new AverageScores(code, (String) row[1], (String) row[2], (String) row[3], responses,
                    shown ? mean(sum, count) : null, byTopic));
        });
        return averages;
    }

    /** The summary per course over every survey (administrators). */
    @Transactional
    public List<AverageScores> perCourse(String username) {
        requireAdministrator(username);
        return averages(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31), Grouping.COURSE);
    }

    private void requireAdministrator(String username) {
        if (!accounts.findByUsername(username).orElseThrow(AccessDeniedException::new).hasRole(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException();
        }
    }

    private long count(String sql, long surveyId) {
        return number(entityManager.createNativeQuery(sql).setParameter(1, surveyId).getSingleResult());
    }

    /** The mean on the 1–5 scale, two decimals rounded half up; null when nothing was answered. */
    static BigDecimal mean(long sum, long count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
        }
        return rows;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
