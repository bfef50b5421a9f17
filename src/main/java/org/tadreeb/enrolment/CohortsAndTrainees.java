package org.tadreeb.enrolment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortNotFoundException;
import org.tadreeb.people.Account;
import org.tadreeb.people.Organisation;
import org.tadreeb.people.Person;
import org.tadreeb.people.PersonNotFoundException;
import org.tadreeb.platform.i18n.BilingualText;

/**
 * What every enrolment use case starts from: the cohort (locked or only read) and the trainee (by account, by
 * service number, or within a partner's organisation), each read the way these paths need it, with the refusals
 * the enrolment pages show. For the enrolment services only.
 */
@Dependent
class CohortsAndTrainees {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    EnrolmentRepository enrolments;

    /** The cohort, its row locked first ({@code SELECT ... FOR UPDATE}): what every seat change starts with. */
    Cohort lock(String code) {
        return cohort(code, true);
    }

    /** The cohort, read without a lock. */
    Cohort read(String code) {
        return cohort(code, false);
    }

    /**
     * The cohort with its course and venue, which every enrolment path uses. When {@code lock} is set, its row is
     * first locked ({@code SELECT ... FOR UPDATE}) by a statement of its own, then read: locking through the JPQL
     * read instead would lock the course's and venue's rows with it (joined rows are locked too), and EclipseLink
     * refreshes an entity read under a lock together with its collections — the cohort's instructors, meetings and
     * quotas, the course's prerequisites and scheme — five statements this path mostly does not need
     * (docs/performance.md, "Enrolling"). The read sees the latest committed row: each request starts with an
     * empty persistence context, and a cohort this transaction already changed is checked by its version on commit.
     */
    private Cohort cohort(String code, boolean lock) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (lock && entityManager.createNativeQuery("SELECT id FROM cohort WHERE code = ? FOR UPDATE")
                .setParameter(1, normalised).getResultList().isEmpty()) {
            throw new CohortNotFoundException(code);
        }
        return entityManager.createQuery("""
                        SELECT h FROM Cohort h JOIN FETCH h.course LEFT JOIN FETCH h.venue
                        WHERE h.code = :code""", Cohort.class)
                .setParameter("code", normalised)
                .getResultStream().findFirst().orElseThrow(() -> new CohortNotFoundException(code));
    }

    /** The trainee's enrolment in the cohort, by service number; refused when they have none there. */
    Enrolment enrolmentOf(Cohort cohort, String serviceNumber) {
        return enrolments.find(cohort, personByNumber(serviceNumber))
                .orElseThrow(() -> new EnrolmentRefusedException("enrolment.error.notInCohort", serviceNumber, cohort.getCode()));
    }

    /** The person of the signed-in account; refused when the account has no person record. */
    Person personOf(String username) {
        return entityManager.createQuery("SELECT a FROM Account a JOIN FETCH a.person WHERE a.username = :username", Account.class)
                .setParameter("username", username == null ? "" : username.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst()
                .map(Account::getPerson)
                .orElseThrow(() -> new EnrolmentRefusedException("enrolment.error.noTraineeRecord"));
    }

    /** The person with the service number, with their organisation. */
    Person personByNumber(String serviceNumber) {
        return entityManager.createQuery("""
                        SELECT p FROM Person p LEFT JOIN FETCH p.organisation
                        WHERE p.serviceNumber = :number""", Person.class)
                .setParameter("number", Person.normaliseNumber(serviceNumber))
                .getResultStream().findFirst()
                .orElseThrow(() -> new PersonNotFoundException(serviceNumber));
    }

    /**
     * The person with the service number within the organisation; anyone else (or nobody) is refused with the same
     * words, so that a coordinator learns nothing about other organisations' people.
     */
    Person memberOf(Organisation organisation, String serviceNumber) {
        return entityManager.createQuery("""
                        SELECT p FROM Person p WHERE p.serviceNumber = :number AND p.organisation = :organisation""", Person.class)
                .setParameter("number", Person.normaliseNumber(serviceNumber))
                .setParameter("organisation", organisation)
                .getResultStream().findFirst()
                .orElseThrow(() -> new EnrolmentRefusedException("enrolment.error.notYourPerson",
                        Person.normaliseNumber(serviceNumber), new BilingualText(organisation.getNameArabic(), organisation.getNameEnglish())));
    }
}
