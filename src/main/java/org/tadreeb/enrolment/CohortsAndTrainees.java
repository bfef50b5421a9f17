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
import org.tadreeb.cohort.CohortRepository;
import org.tadreeb.cohort.CohortCode;

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
    CohortRepository cohorts;

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

    private Cohort cohort(String code, boolean lock) {
        return cohorts.forSeatChange(CohortCode.of(code), lock).orElseThrow(() -> new CohortNotFoundException(code));
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
