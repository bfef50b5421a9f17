package org.tadreeb.certificates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;

/**
 * When a holder is reminded that their certificate expires: 60, 30 and 7 days before. A certificate is "inside" a
 * threshold from that many days before its expiry until the day before it; on any day it is reminded for the most
 * urgent threshold it is inside, so a certificate found late (the round did not run for a while, or it was issued
 * with little validity left) gets one reminder, not one for each threshold it has passed.
 */
public final class ExpiryThresholds {

    /** The thresholds in days, least urgent first. */
    public static final List<Integer> DAYS = List.of(60, 30, 7);

    private ExpiryThresholds() {
    }

    /** The most urgent threshold a certificate expiring on {@code expiresOn} is inside on {@code day}; none once expired. */
    public static OptionalInt thresholdOn(LocalDate day, LocalDate expiresOn) {
        long daysLeft = ChronoUnit.DAYS.between(day, expiresOn);
        if (daysLeft <= 0) {
            return OptionalInt.empty();
        }
        OptionalInt inside = OptionalInt.empty();
        for (int threshold : DAYS) {
            if (daysLeft <= threshold) {
                inside = OptionalInt.of(threshold);
            }
        }
        return inside;
    }

    /** The next less urgent threshold after this one (the band a threshold covers starts after it), 0 for the most urgent. */
    static int below(int threshold) {
        int index = DAYS.indexOf(threshold);
        if (index < 0) {
            throw new IllegalArgumentException("Not a threshold: " + threshold);
        }
        return index + 1 < DAYS.size() ? DAYS.get(index + 1) : 0;
    }
}
