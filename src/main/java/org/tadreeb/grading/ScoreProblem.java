package org.tadreeb.grading;

import java.io.Serializable;
import java.util.List;
import org.tadreeb.platform.i18n.BilingualText;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;

/**
 * Why one score was refused, naming the trainee and the component (either may be unknown: a number not in the
 * cohort, a component not in the scheme) and which entry of the batch it was (from 0). Kept as message keys so that each reader sees it in their language.
 */
public record ScoreProblem(int entry, String serviceNumber, BilingualText trainee, Long componentId, BilingualText component,
                           String messageKey, List<Object> arguments) implements Serializable {

    public ScoreProblem {
        arguments = List.copyOf(arguments);
    }

    /** "Ahmad Saleh (PS-1), Written exam: A score is between 0 and 100." */
    public String message(Language language) {
        if (trainee == null && component == null && componentId == null) {
            return reason(language);
        }
        String who = trainee == null ? serviceNumber
                : Messages.text(language, "gradebook.problem.trainee", trainee.in(language), serviceNumber);
        String what = component != null ? component.in(language) : componentId == null ? "?" : String.valueOf(componentId);
        return Messages.text(language, "gradebook.problem", who, what, reason(language));
    }

    public String reason(Language language) {
        return Messages.text(language, messageKey, arguments.toArray());
    }
}
