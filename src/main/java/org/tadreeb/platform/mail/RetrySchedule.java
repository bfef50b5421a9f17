package org.tadreeb.platform.mail;

import java.time.Duration;

/**
 * How long a message waits after a failed attempt: the first delay after the first failure, doubling with each
 * further failure up to the longest delay. Retries never stop: a mail server that comes back gets every message.
 */
public record RetrySchedule(Duration first, Duration longest) {

    public RetrySchedule {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("A retry schedule needs 0 < first <= longest: " + first + ", " + longest);
        }
    }

    public static RetrySchedule ofSeconds(long first, long longest) {
        return new RetrySchedule(Duration.ofSeconds(first), Duration.ofSeconds(longest));
    }

    /** The wait after the given number of failed attempts (1 or more). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("No attempt has failed yet");
        }
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(longest) > 0 ? longest : delay;
    }
}
