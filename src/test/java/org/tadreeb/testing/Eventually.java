package org.tadreeb.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for something the application does in the background, looking again every 200 ms. */
public final class Eventually {

    private Eventually() {
    }

    /** The first value that satisfies the condition; fails after the timeout, showing the last value seen. */
    public static <T> T await(Supplier<T> look, Predicate<T> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        T value = look.get();
        while (!condition.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Still not as expected after " + timeout.toSeconds() + " s: " + value);
            }
            pause(Duration.ofMillis(200));
            value = look.get();
        }
        return value;
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }
}
