package org.tadreeb.course;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the catalogue needs to know about a course's cohorts. Cohorts live above courses ({@code cohort} uses
 * {@code course}), so the catalogue owns this question and the {@code cohort} package answers it.
 */
public interface CourseCohorts {

    /** A course's upcoming cohorts in figures: the first start and how many there are. */
    record Upcoming(LocalDate nextStart, long count) {
    }

    /** The code of the latest cohort of the course that has started (in progress or completed), if there is one. */
    Optional<String> latestStartedCohortOf(Course course);

    /**
     * Per course id, the figures of its cohorts that a trainee can still join, starting today or later; in one
     * governorate when its code is given (null: all). Courses without such a cohort are left out.
     */
    Map<Long, Upcoming> upcomingFigures(Collection<Long> courseIds, LocalDate today, String governorateCode);

    /** Ids of the courses with a cohort a trainee can still join starting in the period (to: open-ended when null). */
    Set<Long> coursesWithUpcomingCohort(LocalDate from, LocalDate to, String governorateCode);

    /** The course's cohorts that have not started, soonest first, at most {@code max}, with seats and meetings. */
    List<UpcomingCohort> upcomingCohorts(String courseCode, LocalDate today, int max);
}
