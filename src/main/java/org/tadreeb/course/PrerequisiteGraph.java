package org.tadreeb.course;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue's prerequisites as a graph of course codes (a course points to the courses it requires).
 * Finds the cycle a proposed change would close, so that the refusal can name it: CP101 → CP205 → CP101.
 */
public final class PrerequisiteGraph {

    private final Map<String, ? extends Set<String>> requires;

    /** @param requires for each course code, the codes it requires today */
    public PrerequisiteGraph(Map<String, ? extends Set<String>> requires) {
        this.requires = requires;
    }

    /**
     * The cycle that giving {@code course} exactly these prerequisites would make, as the list of codes from
     * the course back to itself; empty when there is none.
     */
    public Optional<List<String>> cycleIf(String course, Set<String> prerequisites) {
        for (String first : prerequisites) {
            List<String> path = pathTo(first, course, course);
            if (path != null) {
                List<String> cycle = new ArrayList<>();
                cycle.add(course);
                cycle.addAll(path);
                return Optional.of(cycle);
            }
        }
        return Optional.empty();
    }

    /** A path from {@code from} to {@code target} over today's edges (ignoring the edited course's own), or null. */
    private List<String> pathTo(String from, String target, String edited) {
        Deque<List<String>> open = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        open.add(List.of(from));
        while (!open.isEmpty()) {
            List<String> path = open.poll();
            String last = path.get(path.size() - 1);
            if (last.equals(target)) {
                return path;
            }
            if (!seen.add(last) || last.equals(edited)) {
                continue;
            }
            Set<String> required = requires.get(last);
            for (String next : required == null ? Set.<String>of() : required) {
                List<String> longer = new ArrayList<>(path);
                longer.add(next);
                open.add(longer);
            }
        }
        return null;
    }

    /** A cycle written for people: codes joined by arrows. */
    public static String describe(List<String> cycle) {
        return String.join(" → ", cycle);
    }
}
