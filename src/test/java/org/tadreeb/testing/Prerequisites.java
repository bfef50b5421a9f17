package org.tadreeb.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class whose outside parts are missing (MariaDB when the tests target it, Chromium for browser
 * tests) with a message that says what is missing, except under {@code CI=true}, where a missing part fails.
 * Registered before Arquillian, so nothing is deployed for a skipped class.
 */
public class Prerequisites implements ExecutionCondition {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** Marks a test class, or a single test, that drives a real browser. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    public @interface NeedsBrowser {
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        StringBuilder missing = new StringBuilder();
        if (context.getTestMethod().isPresent()) {
            if (context.getTestMethod().get().isAnnotationPresent(NeedsBrowser.class)) {
                requireBrowser(missing);
            }
        } else {
            if (TestDatabase.usesMariaDb()) {
                String problem = TestDatabase.mariaDbProblem();
                if (problem != null) {
                    missing.append(problem).append(". ");
                }
            }
            if (context.getTestClass().map(c -> c.isAnnotationPresent(NeedsBrowser.class)).orElse(false)) {
                requireBrowser(missing);
            }
        }
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("all outside parts present");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and a part the tests need is missing: " + missing);
        }
        System.err.println("SKIPPED " + context.getDisplayName() + ": " + missing);
        return ConditionEvaluationResult.disabled(missing.toString().strip());
    }

    private static void requireBrowser(StringBuilder missing) {
        if (!(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)))) {
            missing.append("Browser tests need Debian's chromium and chromium-driver (")
                    .append(CHROMIUM).append(", ").append(CHROMEDRIVER).append("): apt-get install chromium chromium-driver. ");
        }
    }
}
