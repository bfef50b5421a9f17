package org.tadreeb.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadreeb.course.ExcusedAbsences;
import org.tadreeb.grading.ResultRule.Part;
import org.tadreeb.grading.ResultRule.Verdict;
import org.tadreeb.platform.BusinessException;

class ResultRuleTest {

    private static final ResultRule RULE = new ResultRule(60, 80, ExcusedAbsences.LEFT_OUT);
    /** Four of five meetings attended: exactly 80 %. */
    private static final AttendanceTally FOUR_OF_FIVE = new AttendanceTally(3, 1, 1, 0);

    private static List<Part> exam(String written, String practical) {
        return List.of(new Part(100, 40, written == null ? null : new BigDecimal(written)),
                new Part(50, 60, practical == null ? null : new BigDecimal(practical)));
    }

    @Test
    void exactlyThePassMarkAndExactlyTheMinimumAttendancePass() {
        // 60/100 × 40 + 30/50 × 60 = 24 + 36 = 60
        ResultRule.Result result = RULE.apply(exam("60", "30"), FOUR_OF_FIVE);
        assertEquals(new BigDecimal("60.00"), result.weightedTotal());
        assertEquals(new BigDecimal("80.00"), result.attendanceRate());
        assertEquals(Verdict.PASSED, result.verdict());
    }

    @Test
    void ahundredthBelowThePassMarkFails() {
        // 59.99/100 × 40 + 30/50 × 60 = 23.996 + 36 = 59.996, shown rounded as 60.00 but below the mark
        ResultRule.Result result = RULE.apply(exam("59.99", "30"), FOUR_OF_FIVE);
        assertEquals(new BigDecimal("60.00"), result.weightedTotal());
        assertFalse(result.reachesPassMark());
        assertEquals(Verdict.FAILED, result.verdict());
    }

    @Test
    void thirdsAddUpExactly() {
        // 1/3 × 30 + 2/3 × 30 + 40/40 × 40 = 10 + 20 + 40 = 70 exactly; pass mark 70
        ResultRule rule = new ResultRule(70, 0, ExcusedAbsences.LEFT_OUT);
        List<Part> parts = List.of(new Part(3, 30, new BigDecimal("1")), new Part(3, 30, new BigDecimal("2")),
                new Part(40, 40, new BigDecimal("40")));
        ResultRule.Result result = rule.apply(parts, AttendanceTally.NONE);
        assertEquals(new BigDecimal("70.00"), result.weightedTotal());
        assertEquals(Verdict.PASSED, result.verdict(), "no attendance asked, none needed");
    }

    @Test
    void attendanceBelowTheMinimumFailsWhateverTheScores() {
        AttendanceTally threeOfFive = new AttendanceTally(3, 0, 2, 0);
        ResultRule.Result result = RULE.apply(exam("100", "50"), threeOfFive);
        assertEquals(new BigDecimal("100.00"), result.weightedTotal());
        assertEquals(new BigDecimal("60.00"), result.attendanceRate());
        assertFalse(result.meetsAttendance());
        assertEquals(Verdict.FAILED, result.verdict());
    }

    @Test
    void excusedAbsencesCountAsTheCourseSays() {
        // Three present, one absent, one excused.
        AttendanceTally tally = new AttendanceTally(3, 0, 1, 1);
        assertEquals(new BigDecimal("75.00"), tally.rate(ExcusedAbsences.LEFT_OUT), "3 of 4");
        assertEquals(new BigDecimal("80.00"), tally.rate(ExcusedAbsences.AS_ATTENDED), "4 of 5");
        assertEquals(new BigDecimal("60.00"), tally.rate(ExcusedAbsences.AS_MISSED), "3 of 5");
        assertEquals(Verdict.FAILED, new ResultRule(60, 80, ExcusedAbsences.LEFT_OUT).apply(exam("90", "45"), tally).verdict());
        assertEquals(Verdict.PASSED, new ResultRule(60, 80, ExcusedAbsences.AS_ATTENDED).apply(exam("90", "45"), tally).verdict());
        assertEquals(Verdict.FAILED, new ResultRule(60, 80, ExcusedAbsences.AS_MISSED).apply(exam("90", "45"), tally).verdict());
    }

    @Test
    void aMissingScoreMeansNoResultYet() {
        ResultRule.Result result = RULE.apply(exam("90", null), FOUR_OF_FIVE);
        assertNull(result.weightedTotal());
        assertEquals(Verdict.PENDING, result.verdict());
        assertTrue(result.meetsAttendance(), "the attendance is still shown");
    }

    @Test
    void noMeetingCountedYetMeansNoResultYet() {
        assertEquals(Verdict.PENDING, RULE.apply(exam("90", "45"), AttendanceTally.NONE).verdict());
        AttendanceTally onlyExcused = new AttendanceTally(0, 0, 0, 2);
        assertNull(onlyExcused.rate(ExcusedAbsences.LEFT_OUT));
        assertEquals(Verdict.PENDING, RULE.apply(exam("90", "45"), onlyExcused).verdict());
    }

    @Test
    void pointsAreBetweenZeroAndTheMaximumWithAtMostTwoDecimals() {
        assertEquals(new BigDecimal("12.50"), ResultRule.checkPoints(new BigDecimal("12.5"), 20));
        assertEquals(new BigDecimal("20.00"), ResultRule.checkPoints(new BigDecimal("20.000"), 20));
        assertEquals(new BigDecimal("0.00"), ResultRule.checkPoints(BigDecimal.ZERO, 20));
        assertEquals("grading.error.pointsRange",
                assertThrows(BusinessException.class, () -> ResultRule.checkPoints(new BigDecimal("20.01"), 20)).messageKey());
        assertEquals("grading.error.pointsRange",
                assertThrows(BusinessException.class, () -> ResultRule.checkPoints(new BigDecimal("-1"), 20)).messageKey());
        assertEquals("grading.error.pointsDecimals",
                assertThrows(BusinessException.class, () -> ResultRule.checkPoints(new BigDecimal("1.255"), 20)).messageKey());
    }
}
