package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortRepository;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.cohort.CohortSummary;
import org.tadreeb.people.Account;
import org.tadreeb.people.AccountRepository;
import org.tadreeb.people.Organisation;
import org.tadreeb.people.Role;
import org.tadreeb.platform.AccessDeniedException;
import org.tadreeb.platform.CentreClock;

/**
 * What a partner coordinator sees of training: the cohorts they may nominate into, their own organisation's
 * people to choose from, and how those people's enrolments stand. Never anyone outside the organisation.
 */
@ApplicationScoped
public class PartnerTraining {

    /** At most this many people are offered to pick from; more are nominated by pasting their numbers. */
    public static final int MAX_PEOPLE_LISTED = 500;

    /** How far back the organisation's training is listed. */
    private static final int HISTORY_DAYS = 365;

    /** One of the organisation's people, to pick for a nomination. */
    public record Member(String serviceNumber, String nameArabic, String nameLatin) implements Serializable {

        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? nameArabic : nameLatin;
        }
    }

    /** One enrolment of one of the organisation's people, with where it stands. */
    public record MemberEnrolment(String serviceNumber, String nameArabic, String nameLatin, String cohortCode,
                                  String courseTitleArabic, String courseTitleEnglish, LocalDate startsOn,
                                  LocalDate endsOn, EnrolmentStatus status, Integer waitlistPosition, String reason)
            implements Serializable {

        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? nameArabic : nameLatin;
        }

        public String courseTitle(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
        }

        public JsonObjectBuilder toJson() {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("serviceNumber", serviceNumber)
                    .add("nameArabic", nameArabic)
                    .add("nameLatin", nameLatin)
                    .add("cohort", cohortCode)
                    .add("courseTitleArabic", courseTitleArabic)
                    .add("courseTitleEnglish", courseTitleEnglish)
                    .add("startsOn", startsOn.toString())
                    .add("endsOn", endsOn.toString())
                    .add("status", status.name());
            if (waitlistPosition != null) {
                json.add("waitlistPosition", waitlistPosition);
            }
            if (reason != null) {
                json.add("reason", reason);
            }
            return json;
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CohortRepository cohorts;

    @Inject
    AccountRepository accounts;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CentreClock clock;

    /** The organisation the coordinator speaks for; anyone else is refused. */
    @Transactional
    public Organisation organisationOf(String username) {
        return accounts.findByUsername(username)
                .filter(account -> account.hasRole(Role.COORDINATOR) && account.getCoordinatorOf() != null)
                .map(Account::getCoordinatorOf)
                .orElseThrow(AccessDeniedException::new);
    }

    /** Open cohorts that take nominations and have not started, soonest first. */
    @Transactional
    public List<CohortSummary> cohortsOpenToNominations() {
        List<Cohort> open = entityManager.createQuery("""
                        SELECT h FROM Cohort h JOIN FETCH h.course LEFT JOIN FETCH h.venue
                        WHERE h.status = :open AND h.openToNominations = TRUE AND h.startsOn > :today
                        ORDER BY h.startsOn, h.code""", Cohort.class)
                .setParameter("open", CohortStatus.OPEN)
                .setParameter("today", clock.today())
                .getResultList();
        return cohorts.summaries(open, clock.now());
    }

    /** The organisation's active people, by name, to pick from. */
    @Transactional
    public List<Member> peopleOf(String coordinator) {
        Organisation organisation = organisationOf(coordinator);
        return entityManager.createQuery("""
                        SELECT p.serviceNumber, p.nameArabic, p.nameLatin FROM Person p
                        WHERE p.organisation = :organisation AND p.active = TRUE
                        ORDER BY p.nameLatin, p.serviceNumber""", Object[].class)
                .setParameter("organisation", organisation)
                .setMaxResults(MAX_PEOPLE_LISTED)
                .getResultList().stream()
                .map(row -> new Member((String) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    /** The enrolments of the organisation's people in cohorts that ended within the last year or have not ended. */
    @Transactional
    public List<MemberEnrolment> trainingOf(String coordinator) {
        Organisation organisation = organisationOf(coordinator);
        List<Enrolment> found = enrolments.ofOrganisationSince(organisation, clock.today().minusDays(HISTORY_DAYS));
        return found.stream().map(e -> new MemberEnrolment(e.getTrainee().getServiceNumber(),
                e.getTrainee().getNameArabic(), e.getTrainee().getNameLatin(), e.getCohort().getCode(),
                e.getCohort().getCourse().getTitleArabic(), e.getCohort().getCourse().getTitleEnglish(),
                e.getCohort().getStartsOn(), e.getCohort().getEndsOn(), e.getStatus(),
                enrolments.waitlistPosition(e), e.getReason())).toList();
    }
}
