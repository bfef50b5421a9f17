package org.tadreeb.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;

class CourseTest {

    private static Course aCourse() {
        Course course = new Course("cp900", "دورة تجريبية", "Trial course", 12);
        course.defineScheme(AssessmentSchemeTest.examAndPractical(60, 40, 60), null);
        return course;
    }

    @Test
    void theCodeIsKeptInCapitalsAndTheDefaultsAreSensible() {
        Course course = aCourse();
        assertEquals("CP900", course.getCode());
        assertEquals(DeliveryMode.IN_PERSON, course.getDeliveryMode());
        assertEquals(80, course.getMinimumAttendance());
        assertEquals(60, course.getPassMark());
        assertEquals(2, course.getComponents().size());
    }

    @Test
    void theSchemeChangesFreelyUntilACohortHasStarted() {
        Course course = aCourse();
        course.defineScheme(AssessmentSchemeTest.examAndPractical(50, 50, 70), null);
        assertEquals(70, course.getPassMark());
        assertEquals(List.of(50, 50), course.getScheme().components().stream().map(AssessmentScheme.Component::weight).toList());
    }

    @Test
    void aStartedCohortFreezesTheSchemeButNotTheRestOfTheCourse() {
        Course course = aCourse();
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> course.defineScheme(AssessmentSchemeTest.examAndPractical(50, 50, 60), "CP900-A"));
        assertEquals(List.of(new FieldError("components", "course.error.schemeLocked", "CP900-A")), refused.errors());
        assertEquals(60, course.getScheme().components().get(0).weight(), "nothing changed");
        assertThrows(InvalidInputException.class,
                () -> course.defineScheme(AssessmentSchemeTest.examAndPractical(60, 40, 50), "CP900-A"), "nor the pass mark");

        course.defineScheme(AssessmentSchemeTest.examAndPractical(60, 40, 60), "CP900-A");
        course.rename("دورة تجريبية معدلة", "Trial course, revised");
        assertEquals("Trial course, revised", course.getTitleEnglish(), "the same scheme and other details are fine");
    }

    @Test
    void anInvalidSchemeIsRefusedByTheCourseItself() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> aCourse().defineScheme(AssessmentSchemeTest.examAndPractical(50, 40, 60), null));
        assertEquals("course.error.weightsTotal", refused.errors().get(0).messageKey());
    }

    @Test
    void anArchivedCourseGetsNoNewCohortsUntilRestored() {
        Course course = aCourse();
        course.archive();
        assertTrue(course.isArchived());
        BusinessException refused = assertThrows(BusinessException.class,
                () -> new Cohort("CP900-A", course, LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 20), null, 20));
        assertEquals("cohort.error.courseArchived", refused.messageKey());
        course.restore();
        assertFalse(course.isArchived());
        new Cohort("CP900-A", course, LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 20), null, 20);
    }

    @Test
    void aCourseCannotRequireItself() {
        Course course = aCourse();
        assertThrows(IllegalArgumentException.class, () -> course.requirePrerequisites(List.of(course)));
    }

    @Test
    void detailsAreCheckedFieldByField() {
        CourseDetails details = new CourseDetails("9bad code", " ", "T".repeat(201), null, "s".repeat(2001), null, null,
                null, null, 0, 101, null, 0, null, AssessmentSchemeTest.examAndPractical(60, 30, 60), List.of());
        Map<String, String> errors = details.check().stream().collect(Collectors.toMap(FieldError::field, FieldError::messageKey));
        assertEquals(Map.of("code", "course.error.codeFormat", "titleArabic", "input.error.required",
                "titleEnglish", "input.error.tooLong", "summaryEnglish", "input.error.tooLong",
                "category", "input.error.required", "deliveryMode", "input.error.required",
                "contactHours", "input.error.range", "minimumAttendance", "input.error.range",
                "certificateMonths", "input.error.range", "defaultSeats", "input.error.required")
                        .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                without(errors, "components"));
        assertEquals("course.error.weightsTotal", errors.get("components"));
        assertEquals(List.of(), new CourseDetails("CP-901", "عنوان", "Title", null, null, null, null, "FUND",
                DeliveryMode.REMOTE, 10, 80, ExcusedAbsences.AS_MISSED, null, 25, AssessmentSchemeTest.examAndPractical(60, 40, 60), null).check());
    }

    private static Map<String, String> without(Map<String, String> errors, String field) {
        return errors.entrySet().stream().filter(e -> !e.getKey().equals(field))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
