package org.tadreeb.grading;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.tadreeb.course.ExcusedAbsences;
import org.tadreeb.platform.BusinessException;

/**
 * Whether a trainee passed: the weighted total of their scores reaches the course's pass mark and their attendance
 * rate reaches its minimum. A trainee missing a score, or with no meeting counted yet (while the course asks for
 * some attendance), has no result yet.
 * <p>
 * The comparisons are exact (whole numbers over a common denominator), so that a total of exactly the pass mark,
 * or a rate of exactly the minimum, passes however the components' maxima divide; the totals and rates shown are
 * rounded half up to two decimals.
 */
public record ResultRule(int passMark, int minimumAttendance, ExcusedAbsences excusedAbsences) {

    /** What a result can be. */
    public enum Verdict {
        PASSED, FAILED, PENDING;

        public String messageKey() {
            return "grading.verdict." + name();
        }
    }

    /** One component of the scheme and the trainee's points in it (null when not yet scored). */
    public record Part(int maxScore, int weight, BigDecimal points) {
    }

    /**
     * The rule applied to one trainee: the weighted total (percent, two decimals; null while a score is missing),
     * the attendance rate (percent, two decimals; null while no meeting counts) and the verdict.
     */
    public record Result(BigDecimal weightedTotal, BigDecimal attendanceRate, boolean reachesPassMark,
                         boolean meetsAttendance, Verdict verdict) {
    }

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    public Result apply(List<Part> parts, AttendanceTally attendance) {
        boolean complete = !parts.isEmpty() && parts.stream().allMatch(p -> p.points() != null);
        int attended = attendance.attended(excusedAbsences);
        int counted = attendance.counted(excusedAbsences);
        boolean attendanceKnown = counted > 0 || minimumAttendance == 0;
        boolean meetsAttendance = attendanceKnown && (long) attended * 100 >= (long) minimumAttendance * counted;
        BigDecimal rate = attendance.rate(excusedAbsences);
        if (!complete) {
            return new Result(null, rate, false, meetsAttendance, Verdict.PENDING);
        }
        // total = Σ points_i × weight_i / max_i; over the common denominator L = lcm(max_i), in hundredths of a point.
        BigInteger common = BigInteger.ONE;
        for (Part part : parts) {
            BigInteger max = BigInteger.valueOf(part.maxScore());
            common = common.divide(common.gcd(max)).multiply(max);
        }
        BigInteger numerator = BigInteger.ZERO;
        for (Part part : parts) {
            BigInteger hundredths = part.points().movePointRight(2).toBigIntegerExact();
            numerator = numerator.add(hundredths.multiply(BigInteger.valueOf(part.weight()))
                    .multiply(common.divide(BigInteger.valueOf(part.maxScore()))));
        }
        BigInteger denominator = common.multiply(HUNDRED);
        boolean reachesPassMark = numerator.compareTo(BigInteger.valueOf(passMark).multiply(denominator)) >= 0;
        BigDecimal total = new BigDecimal(numerator).divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP);
        if (!attendanceKnown) {
            return new Result(total, rate, reachesPassMark, false, Verdict.PENDING);
        }
        return new Result(total, rate, reachesPassMark, meetsAttendance,
                reachesPassMark && meetsAttendance ? Verdict.PASSED : Verdict.FAILED);
    }

    /**
     * Points as a score may hold them: not negative, not above the component's maximum, at most two decimals
     * (trailing zeros dropped). Refused with a message naming the maximum.
     */
    public static BigDecimal checkPoints(BigDecimal points, int maxScore) {
        if (points == null) {
            throw new BusinessException("grading.error.pointsMissing");
        }
        if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(maxScore)) > 0) {
            throw new BusinessException("grading.error.pointsRange", maxScore);
        }
        BigDecimal stripped = points.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new BusinessException("grading.error.pointsDecimals");
        }
        return stripped.setScale(2, RoundingMode.UNNECESSARY);
    }
}
