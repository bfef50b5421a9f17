package org.tadreeb.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tadreeb.platform.FieldError;

class AssessmentSchemeTest {

    static AssessmentScheme.Component component(String english, Integer maxScore, Integer weight) {
        return new AssessmentScheme.Component("عنصر " + english, english, maxScore, weight);
    }

    static AssessmentScheme examAndPractical(int examWeight, int practicalWeight, Integer passMark) {
        return new AssessmentScheme(List.of(component("Written exam", 100, examWeight),
                component("Practical exercise", 50, practicalWeight)), passMark);
    }

    @Test
    void weightsThatTotal100AndAPassMarkMakeAValidScheme() {
        assertEquals(List.of(), examAndPractical(60, 40, 60).check());
        assertEquals(List.of(), new AssessmentScheme(List.of(component("Project", 1, 100)), 1).check());
    }

    @Test
    void weightsMustTotalExactly100() {
        assertEquals(Map.of("components", "course.error.weightsTotal"), errors(examAndPractical(50, 40, 60)));
        assertEquals(List.of(90), examAndPractical(50, 40, 60).check().get(0).arguments(), "the total is in the message");
        assertEquals(Map.of("components", "course.error.weightsTotal"), errors(examAndPractical(70, 40, 60)));
    }

    @Test
    void thePassMarkIsAPercentageFrom1To100() {
        assertEquals(Map.of("passMark", "course.error.passMark"), errors(examAndPractical(60, 40, 0)));
        assertEquals(Map.of("passMark", "course.error.passMark"), errors(examAndPractical(60, 40, 101)));
        assertEquals(Map.of("passMark", "course.error.passMark"), errors(examAndPractical(60, 40, null)));
        assertEquals(Map.of(), errors(examAndPractical(60, 40, 100)));
    }

    @Test
    void eachComponentHasBothNamesAPositiveMaximumAndAWeight() {
        AssessmentScheme scheme = new AssessmentScheme(List.of(
                new AssessmentScheme.Component(" ", "Exam", 0, 50),
                new AssessmentScheme.Component("مشروع", "Project", 100, null),
                component("Participation", -5, 50)), 60);
        assertEquals(Map.of("components[0].nameArabic", "course.error.componentName",
                "components[0].maxScore", "course.error.componentMaxScore",
                "components[1].weight", "course.error.componentWeight",
                "components[2].maxScore", "course.error.componentMaxScore"), errors(scheme));
        assertEquals(Map.of("components", "course.error.noComponents", "passMark", "course.error.passMark"),
                errors(new AssessmentScheme(List.of(), 0)));
        assertEquals(Map.of("components[0].name", "course.error.componentNameTooLong"),
                errors(new AssessmentScheme(List.of(component("x".repeat(101), 10, 100)), 50)));
    }

    @Test
    void schemesAreComparedByValue() {
        assertEquals(examAndPractical(60, 40, 60), examAndPractical(60, 40, 60));
        assertNotEquals(examAndPractical(60, 40, 60), examAndPractical(60, 40, 70));
        assertNotEquals(examAndPractical(60, 40, 60), examAndPractical(40, 60, 60));
    }

    static Map<String, String> errors(AssessmentScheme scheme) {
        return scheme.check().stream().collect(Collectors.toMap(FieldError::field, FieldError::messageKey));
    }
}
