package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Refuses certificate look-ups from an address that failed too often: {@code max-failures} failed look-ups within
 * {@code block-minutes} block it until the oldest of them is {@code block-minutes} old. Kept in memory, per instance: with
 * N instances behind a balancer an address gets at most N times the allowance, which still makes guessing
 * 12-character codes hopeless (see docs/operations.md).
 */
@ApplicationScoped
public class VerificationThrottle {

    private static final int MAX_ADDRESSES = 100_000;

    @Inject
    CertificateSettings settings;

    private final ConcurrentMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public boolean isBlocked(String address, Instant now) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            forgetOld(recent, now);
            return recent.size() >= settings.maxFailedLookups();
        }
    }

    public void recordFailure(String address, Instant now) {
        if (failures.size() > MAX_ADDRESSES) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    forgetOld(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, any -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent, now);
            recent.addLast(now);
        }
    }

    private void forgetOld(Deque<Instant> recent, Instant now) {
        Instant since = now.minus(Duration.ofMinutes(settings.blockMinutes()));
        while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
            recent.removeFirst();
        }
    }
}
