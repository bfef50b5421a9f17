package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.tadreeb.cohort.CohortDetails;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.cohort.MeetingDetails;
import org.tadreeb.cohort.VenueDetails;
import org.tadreeb.cohort.VenueService;
import org.tadreeb.people.Account;
import org.tadreeb.people.Organisation;
import org.tadreeb.course.QualificationService;
import org.tadreeb.people.Role;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.testing.TestAccounts;

/**
 * What the enrolment tests on the shared deployment make for themselves: a venue of their own, cohorts without an
 * instructor in it (so that no other class's meetings, whose instructor or room they would share, can clash with
 * them) and a partner coordinator of their own. Inside the server call it directly; from a browser test post
 * {@code /testing/enrolment} ({@link EnrolmentTestingServlet}). Only ever in test deployments.
 */
@ApplicationScoped
public class EnrolmentTestData {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CohortService cohorts;

    @Inject
    VenueService venues;

    @Inject
    CentreClock clock;

    @Inject
    TestAccounts accounts;

    @Inject
    QualificationService qualifications;

    /** A hall of the test's own in the capital, big enough for any of its cohorts. */
    public void venue(String code) {
        venues.add(new VenueDetails(code, "قاعة " + code, "Hall " + code, "CAP", 250));
    }

    /**
     * A cohort of the course, {@code daysAhead} days from today for five days, with one meeting from 9 to 12 on its
     * first day, no instructor, enrolment closing the day before; opened for enrolment unless {@code open} is false.
     */
    public void cohort(String code, String course, int daysAhead, String venue, int seats, boolean approval,
                       boolean open) {
        LocalDate start = clock.today().plusDays(daysAhead);
        cohorts.plan(new CohortDetails(code, course, start, start.plusDays(5), venue, seats, null, start.minusDays(1),
                approval, List.of()));
        cohorts.addMeeting(code, new MeetingDetails(start, LocalTime.of(9, 0), LocalTime.of(12, 0), null, null));
        if (open) {
            cohorts.open(code);
        }
    }

    /**
     * A cohort of the course that started three days ago and runs for another three, with one meeting from 9 to 12
     * two days ago; started, nobody in it. A cohort cannot start without an instructor: it is taught by an
     * instructor of the test's own ({@link #instructor}), whose hours no other class shares.
     */
    public void startedCohort(String code, String course, String venue, String instructor) {
        LocalDate today = clock.today();
        cohorts.plan(new CohortDetails(code, course, today.minusDays(3), today.plusDays(3), venue, 20, null,
                today.minusDays(4), false, List.of(instructor)));
        cohorts.addMeeting(code, new MeetingDetails(today.minusDays(2), LocalTime.of(9, 0), LocalTime.of(12, 0), null, null));
        cohorts.start(code);
    }

    /** An instructor's account of the test's own, qualified to teach the course. */
    public void instructor(String number, String username, String course) {
        accounts.open(number, username, "Instructor " + username, username + "@own.example.org", Language.ENGLISH,
                "CPD-CAP", Set.of(Role.INSTRUCTOR));
        qualifications.qualify(number, course, null);
    }

    /** A person of the organisation with a coordinator's account for it (password {@link TestAccounts#PASSWORD}). */
    @Transactional
    public void coordinator(String number, String username, String organisationCode) {
        accounts.open(number, username, "Coordinator " + username, username + "@own.example.org", Language.ENGLISH,
                organisationCode, Set.of(Role.TRAINEE));
        Account account = entityManager.createQuery("SELECT a FROM Account a WHERE a.username = :name", Account.class)
                .setParameter("name", username).getSingleResult();
        Organisation organisation = entityManager.createQuery("SELECT o FROM Organisation o WHERE o.code = :code",
                Organisation.class).setParameter("code", organisationCode).getSingleResult();
        account.changeRoles(Set.of(Role.COORDINATOR), organisation);
    }
}
