package org.tadreeb.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tadreeb.cohort.CohortRepository;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.cohort.CohortSummary;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.platform.CentreClock;

/** The administrator's first look at the centre: the catalogue's size, live cohorts, people and what comes next. */
@ApplicationScoped
public class CentreOverview {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CohortRepository cohorts;

    @Inject
    CentreClock clock;

    public record Figures(long activeCourses, long liveCohorts, long people, long enrolled, List<CohortSummary> upcoming) {

        public JsonObject toJson() {
            JsonArrayBuilder next = Json.createArrayBuilder();
            upcoming.forEach(c -> next.add(c.toJson()));
            return Json.createObjectBuilder()
                    .add("activeCourses", activeCourses)
                    .add("liveCohorts", liveCohorts)
                    .add("people", people)
                    .add("enrolled", enrolled)
                    .add("upcomingCohorts", next)
                    .build();
        }
    }

    @Transactional
    public Figures figures() {
        long courses = entityManager.createQuery("SELECT COUNT(c) FROM Course c WHERE c.archived = FALSE", Long.class)
                .getSingleResult();
        long live = entityManager.createQuery("SELECT COUNT(c) FROM Cohort c WHERE c.status IN :live", Long.class)
                .setParameter("live", List.of(CohortStatus.PLANNED, CohortStatus.OPEN, CohortStatus.IN_PROGRESS))
                .getSingleResult();
        long people = entityManager.createQuery("SELECT COUNT(p) FROM Person p", Long.class).getSingleResult();
        long enrolled = entityManager.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.status = :enrolled", Long.class)
                .setParameter("enrolled", EnrolmentStatus.ENROLLED)
                .getSingleResult();
        return new Figures(courses, live, people, enrolled, cohorts.upcoming(clock.today(), clock.now(), 10));
    }
}
