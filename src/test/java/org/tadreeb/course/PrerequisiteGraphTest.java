package org.tadreeb.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrerequisiteGraphTest {

    /** CP410 requires CP205 and CP310; CP205 requires CP101; CP220 requires CP205. */
    private final PrerequisiteGraph catalogue = new PrerequisiteGraph(Map.of(
            "CP410", Set.of("CP205", "CP310"),
            "CP205", Set.of("CP101"),
            "CP220", Set.of("CP205")));

    @Test
    void requiringCoursesThatDoNotLeadBackIsFine() {
        assertEquals(Optional.empty(), catalogue.cycleIf("CP101", Set.of()));
        assertEquals(Optional.empty(), catalogue.cycleIf("CP310", Set.of("CP101")));
        assertEquals(Optional.empty(), catalogue.cycleIf("CP205", Set.of("CP101", "CP310")), "a diamond is not a cycle");
        assertEquals(Optional.empty(), catalogue.cycleIf("NEW", Set.of("CP410", "CP220")));
    }

    @Test
    void aCycleIsFoundAndNamedFromTheCourseBackToItself() {
        assertEquals(Optional.of(List.of("CP101", "CP205", "CP101")), catalogue.cycleIf("CP101", Set.of("CP205")));
        assertEquals(Optional.of(List.of("CP101", "CP410", "CP205", "CP101")), catalogue.cycleIf("CP101", Set.of("CP410")));
        assertEquals(Optional.of(List.of("CP310", "CP410", "CP310")), catalogue.cycleIf("CP310", Set.of("CP410")));
        assertEquals("CP101 → CP205 → CP101", PrerequisiteGraph.describe(List.of("CP101", "CP205", "CP101")));
    }

    @Test
    void aCourseRequiringItselfIsACycle() {
        assertEquals(Optional.of(List.of("CP101", "CP101")), catalogue.cycleIf("CP101", Set.of("CP101")));
    }

    @Test
    void theEditedCoursesOldPrerequisitesDoNotCount() {
        // CP205 today requires CP101; replacing that with CP310 while CP101 requires CP205 would still be a cycle
        // only through the new edges: CP101 → CP205 (new) and CP205 → CP310 (new): none.
        PrerequisiteGraph graph = new PrerequisiteGraph(Map.of("CP205", Set.of("CP101"), "CP310", Set.of("CP205")));
        assertEquals(Optional.empty(), graph.cycleIf("CP205", Set.of()), "dropping prerequisites never makes a cycle");
        assertEquals(Optional.of(List.of("CP205", "CP310", "CP205")), graph.cycleIf("CP205", Set.of("CP310")));
    }
}
