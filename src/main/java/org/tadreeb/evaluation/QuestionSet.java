package org.tadreeb.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;

/**
 * One published version of the evaluation questions (استمارة التقييم). A version is immutable once it exists: the
 * administrators' edits make the next version, and every survey and response keeps the version it was answered
 * against, so that changing the questions never changes what was answered.
 */
@Entity
@Table(name = "evaluation_form")
public class QuestionSet {

    public static final int MAX_QUESTIONS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 80)
    private String createdBy;

    @OneToMany(mappedBy = "questionSet", cascade = CascadeType.PERSIST)
    @OrderBy("sortOrder")
    private List<Question> questions = new ArrayList<>();

    protected QuestionSet() {
    }

    /** The version after {@code previous} (0 for the first), with the questions in the order given. */
    public QuestionSet(int previous, List<QuestionDraft> drafts, String by, Instant at) {
        check(drafts);
        this.versionNumber = previous + 1;
        this.createdBy = by;
        this.createdAt = at.truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < drafts.size(); i++) {
            questions.add(new Question(this, i + 1, drafts.get(i)));
        }
    }

    /** Refuses a set without questions, with too many, or with a question missing its topic or a text. */
    static void check(List<QuestionDraft> drafts) {
        List<FieldError> problems = new ArrayList<>();
        if (drafts.isEmpty()) {
            problems.add(new FieldError("questions", "evaluation.error.noQuestions"));
        } else if (drafts.size() > MAX_QUESTIONS) {
            problems.add(new FieldError("questions", "evaluation.error.tooManyQuestions", MAX_QUESTIONS));
        }
        for (int i = 0; i < drafts.size(); i++) {
            problems.addAll(drafts.get(i).problems(i + 1));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Whether these drafts say exactly what this version says (publishing them would change nothing). */
    public boolean sameAs(List<QuestionDraft> drafts) {
        return questions.stream().map(Question::draft).toList().equals(drafts.stream()
                .map(d -> new QuestionDraft(d.topic(), d.textArabic().strip(), d.textEnglish().strip())).toList());
    }

    public Long getId() {
        return id;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<Question> getQuestions() {
        return Collections.unmodifiableList(questions);
    }
}
