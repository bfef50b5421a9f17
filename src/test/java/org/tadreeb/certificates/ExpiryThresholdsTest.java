package org.tadreeb.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The most urgent threshold a certificate is inside, day by day. */
class ExpiryThresholdsTest {

    private static final LocalDate EXPIRES = LocalDate.of(2027, 3, 31);

    private static OptionalInt daysBefore(int days) {
        return ExpiryThresholds.thresholdOn(EXPIRES.minusDays(days), EXPIRES);
    }

    @Test
    void outsideSixtyDaysThereIsNone() {
        assertEquals(OptionalInt.empty(), daysBefore(61));
        assertEquals(OptionalInt.empty(), daysBefore(400));
    }

    @Test
    void eachThresholdCoversItsDaysUpToTheNext() {
        assertEquals(OptionalInt.of(60), daysBefore(60));
        assertEquals(OptionalInt.of(60), daysBefore(31));
        assertEquals(OptionalInt.of(30), daysBefore(30));
        assertEquals(OptionalInt.of(30), daysBefore(20), "found late: only the most urgent threshold it is inside");
        assertEquals(OptionalInt.of(30), daysBefore(8));
        assertEquals(OptionalInt.of(7), daysBefore(7));
        assertEquals(OptionalInt.of(7), daysBefore(1));
    }

    @Test
    void anExpiredCertificateIsNotReminded() {
        assertEquals(OptionalInt.empty(), daysBefore(0));
        assertEquals(OptionalInt.empty(), daysBefore(-5));
    }

    @Test
    void theBandOfAThresholdStartsAfterTheNextMoreUrgentOne() {
        assertEquals(30, ExpiryThresholds.below(60));
        assertEquals(7, ExpiryThresholds.below(30));
        assertEquals(0, ExpiryThresholds.below(7));
    }
}
