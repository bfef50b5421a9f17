package org.tadreeb.grading.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tadreeb.grading.TraineeResult;
import org.tadreeb.grading.TraineeResults;

/**
 * The attendance and published results shown on the trainee's home page ({@link #getOwn}) and in a transcript
 * ({@link #of}: the transcript's person, whom the caller may see — checked again here).
 */
@Named("traineeResults")
@RequestScoped
public class TraineeResultsBacking {

    @Inject
    TraineeResults results;

    @Inject
    SecurityContext security;

    private final Map<String, List<TraineeResult>> byNumber = new HashMap<>();
    private List<TraineeResult> own;

    public List<TraineeResult> getOwn() {
        if (own == null) {
            own = results.own(caller());
        }
        return own;
    }

    public List<TraineeResult> of(String serviceNumber) {
        return byNumber.computeIfAbsent(serviceNumber, number -> results.of(caller(), number));
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
