package org.tadreeb.grading;

import java.util.List;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.i18n.Language;

/** Scores refused as a batch: nothing of the request is saved. Each problem names the trainee and the component. */
public class ScoresRefusedException extends BusinessException {

    private final transient List<ScoreProblem> problems;

    public ScoresRefusedException(List<ScoreProblem> problems) {
        super("gradebook.error.scoresRefused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ScoreProblem> problems() {
        return problems;
    }

    /** Every problem in one line each, for channels that show a single message. */
    public List<String> messages(Language language) {
        return problems.stream().map(problem -> problem.message(language)).toList();
    }
}
