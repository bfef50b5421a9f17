package org.tadreeb.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 and a random 32-byte salt per password, at the iteration count
 * OWASP recommends today (600,000; configurable upwards). A stored hash reads
 * {@code PBKDF2WithHmacSHA256:iterations:salt:hash}, so it keeps its own parameters: old hashes still verify
 * after the count is raised, and {@link #needsRehash} tells when to store a stronger one.
 */
@ApplicationScoped
public class PasswordHasher {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int MINIMUM_ITERATIONS = 600_000;

    static final String DECOY_PASSWORD = "decoy-password-never-used";
    /**
     * The decoy's hash at the minimum parameters, made once (its password is in this file anyway), so that starting
     * the application costs no hashing; made afresh when more iterations are configured.
     */
    static final String DECOY_AT_MINIMUM =
            "PBKDF2WithHmacSHA256:600000:i0BuQosxSDuQZrHKvgpYiIhQ1ACNSaZPo80pR6Rmmkw=:g4xVGy1O3IYP/bvT8ZVTrnaQn09MvLN22rC2ZOtujYk=";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "tadreeb.security.pbkdf2.iterations", defaultValue = "600000")
    int iterations;

    /** Verified against when the user name is unknown, so that a wrong name costs as long as a wrong password. */
    private String decoyHash;

    @PostConstruct
    void configure() {
        if (iterations < MINIMUM_ITERATIONS) {
            throw new IllegalStateException("tadreeb.security.pbkdf2.iterations must be at least " + MINIMUM_ITERATIONS);
        }
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoyHash = madeEarlierOrNew(DECOY_AT_MINIMUM, DECOY_PASSWORD.toCharArray());
    }

    /** Called at start-up, so that a misconfigured iteration count stops the application at once. */
    public void checkConfiguration() {
        if (decoyHash == null) {
            throw new IllegalStateException("The password hasher is not configured");
        }
    }

    /**
     * A hash made earlier for this password (shipped with the application, say), unless it is missing or weaker
     * than today's parameters: then a new one.
     */
    public String madeEarlierOrNew(String madeEarlier, char[] password) {
        return needsRehash(madeEarlier) ? hash(password) : madeEarlier;
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        if (storedHash == null || storedHash.isBlank()) {
            pbkdf2.verify(password, decoyHash);
            return false;
        }
        try {
            return pbkdf2.verify(password, storedHash);
        } catch (RuntimeException malformedHash) {
            return false;
        }
    }

    /** Spends the time of one verification, for callers that already know the answer is no. */
    public void verifyNothing(char[] password) {
        pbkdf2.verify(password, decoyHash);
    }

    /** Whether a stored hash was made with weaker parameters than today's. */
    public boolean needsRehash(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException malformed) {
            return true;
        }
    }
}
