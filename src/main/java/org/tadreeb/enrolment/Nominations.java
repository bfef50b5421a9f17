package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;

/**
 * An administrator enrols (nominates) a list of trainees in a cohort at once, by service number; a partner
 * coordinator nominates their own organisation's people the same way, as requests. Each trainee is
 * enrolled in a transaction of their own, so one refusal (unknown number, missing prerequisite, already in an
 * overlapping cohort) stops nobody else; every number gets its own answer.
 */
@ApplicationScoped
public class Nominations {

    /** At most this many numbers in one paste. */
    public static final int MAX_NUMBERS = 200;

    /** One pasted number's answer: the outcome when it was accepted, else the refusal in the reader's language. */
    public record Result(String serviceNumber, EnrolmentOutcome outcome, String refusal) implements Serializable {

        public boolean refused() {
            return outcome == null;
        }
    }

    @Inject
    EnrolmentRequests enrolments;

    /** The numbers in a paste: one per line or separated by commas or semicolons, blanks and repeats dropped. */
    public static List<String> numbersIn(String pasted) {
        Set<String> numbers = new LinkedHashSet<>();
        if (pasted != null) {
            for (String part : pasted.split("[,;\\r\\n\\t،]+")) {
                String number = part.strip();
                if (!number.isEmpty()) {
                    numbers.add(number.toUpperCase(Locale.ROOT));
                }
            }
        }
        return List.copyOf(numbers);
    }

    /** Enrols every pasted number in the cohort, not stopping at a refusal; answers one result per number, in order. */
    public List<Result> nominate(String cohortCode, String pasted, String administrator, Language language) {
        return each(pasted, language, number -> enrolments.enrolByAdministrator(cohortCode, number, administrator));
    }

    /**
     * A partner coordinator nominates their own organisation's people (picked or pasted): each becomes a request
     * for the centre to approve, or is refused on its own.
     */
    public List<Result> nominateForOrganisation(String cohortCode, String pasted, String coordinator, Language language) {
        return each(pasted, language, number -> enrolments.nominateByCoordinator(cohortCode, number, coordinator));
    }

    private List<Result> each(String pasted, Language language, Function<String, EnrolmentOutcome> enrol) {
        List<String> numbers = numbersIn(pasted);
        if (numbers.isEmpty()) {
            throw new BusinessException("roster.nominate.error.none");
        }
        if (numbers.size() > MAX_NUMBERS) {
            throw new BusinessException("roster.nominate.error.tooMany", numbers.size(), MAX_NUMBERS);
        }
        List<Result> results = new ArrayList<>();
        for (String number : numbers) {
            try {
                results.add(new Result(number, enrol.apply(number), null));
            } catch (RuntimeException failure) {
                BusinessException refusal = BusinessExceptions.find(failure);
                if (refusal == null) {
                    throw failure;
                }
                results.add(new Result(number, null,
                        Messages.text(language, refusal.messageKey(), refusal.arguments())));
            }
        }
        return results;
    }
}
