package org.tadreeb.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tadreeb.cohort.VenueDetails;
import org.tadreeb.cohort.VenueService;
import org.tadreeb.testing.TestCourses;

/**
 * The grading tests' own room and course on the shared server, made once whichever test needs them first: a room
 * in the capital that no other class books, and a copy of a demo course ({@link TestCourses#copyOf}), so that the
 * grading classes' cohorts clash with nobody's and are seen by them alone. Inside the server call {@link #venue}
 * and {@link #course}; from a browser test post {@code /testing/grading-fixtures?venue=&course=&like=}
 * ({@link GradingFixturesServlet}). Only ever in test deployments.
 */
@ApplicationScoped
public class GradingFixtures {

    @Inject
    VenueService venues;

    @Inject
    TestCourses courses;

    @PersistenceContext
    EntityManager entityManager;

    /** A room of the code given, unless it exists. */
    public synchronized void venue(String code) {
        if (venues.findByCode(code).isEmpty()) {
            venues.add(new VenueDetails(code, "قاعة " + code, "Room " + code, "CAP", 30));
        }
    }

    /** A course of the code given like the course {@code like}, unless it exists. */
    public synchronized void course(String code, String like) {
        long found = entityManager.createQuery("SELECT COUNT(c) FROM Course c WHERE c.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
        if (found == 0) {
            courses.copyOf(like, code);
        }
    }
}
