package org.tadreeb.enrolment;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tadreeb.people.OrganisationType;

/**
 * Which seats of a cohort are free, and for whom. The seats are the cohort's limit; quotas reserve shares for
 * kinds of organisation until their release date, and the rest is the general pool. A trainee takes a seat of
 * their own quota first, then a general one. Once the quotas are released (or if there are none) every seat is
 * general. Built from counts read under the cohort's row lock, so its answers hold until the transaction ends.
 */
public final class SeatPlan {

    public static final String GENERAL = "GENERAL";

    private final int seatLimit;
    private final Map<OrganisationType, Integer> reserved;
    private final Map<String, Long> enrolledByPool;

    public SeatPlan(int seatLimit, Map<OrganisationType, Integer> reserved, Map<String, Long> enrolledByPool) {
        this.seatLimit = seatLimit;
        this.reserved = reserved.isEmpty() ? Map.of() : new EnumMap<>(reserved);
        this.enrolledByPool = new HashMap<>(enrolledByPool);
    }

    /** Takes a free seat for a trainee of that kind of organisation (null if none) and names its pool; empty when full. */
    public Optional<String> take(OrganisationType type) {
        Optional<String> pool = freePoolFor(type);
        pool.ifPresent(p -> enrolledByPool.merge(p, 1L, Long::sum));
        return pool;
    }

    /** Gives back a seat of the pool (a withdrawal). */
    public void release(String pool) {
        enrolledByPool.computeIfPresent(pool, (p, n) -> n > 1 ? n - 1 : null);
    }

    public Optional<String> freePoolFor(OrganisationType type) {
        long total = enrolledByPool.values().stream().mapToLong(Long::longValue).sum();
        if (total >= seatLimit) {
            return Optional.empty();
        }
        if (reserved.isEmpty()) {
            return Optional.of(GENERAL);
        }
        if (type != null && reserved.containsKey(type) && enrolled(type.name()) < reserved.get(type)) {
            return Optional.of(type.name());
        }
        long reservedSeats = reserved.values().stream().mapToLong(Integer::longValue).sum();
        long inQuotas = reserved.keySet().stream().mapToLong(t -> Math.min(enrolled(t.name()), reserved.get(t))).sum();
        long general = total - inQuotas;
        return general < seatLimit - reservedSeats ? Optional.of(GENERAL) : Optional.empty();
    }

    /** The waiting list a trainee joins when there is no seat: their quota's while it is reserved, else the general one. */
    public String waitingPoolFor(OrganisationType type) {
        return type != null && reserved.containsKey(type) ? type.name() : GENERAL;
    }

    public boolean isFull() {
        return enrolledByPool.values().stream().mapToLong(Long::longValue).sum() >= seatLimit;
    }

    private long enrolled(String pool) {
        return enrolledByPool.getOrDefault(pool, 0L);
    }
}
