package org.tadreeb.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.enrolment.Enrolment;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.people.Person;
import org.tadreeb.platform.i18n.Language;

/**
 * Puts a new trainee with an e-mail address straight into a cohort, for tests of what happens to the people in a
 * cohort before the enrolment feature exists to put them there. Only ever added to test deployments.
 */
@ApplicationScoped
public class TestEnrolments {

    @PersistenceContext
    EntityManager entityManager;

    @jakarta.inject.Inject
    TestAccounts accounts;

    /** A trainee of the organisation (by code), with an e-mail address when one is given. */
    @Transactional
    public void createTrainee(String serviceNumber, String nameLatin, String email, String organisationCode) {
        createTrainee(serviceNumber, nameLatin, email, organisationCode, Language.ENGLISH);
    }

    /** The same, reading their mail in the language given. */
    @Transactional
    public void createTrainee(String serviceNumber, String nameLatin, String email, String organisationCode,
                              Language language) {
        accounts.person(serviceNumber, "متدرب " + nameLatin, nameLatin, email, language, organisationCode, null, null);
    }

    /** Puts an existing trainee into a cohort in a status (for history: a completed prerequisite, say). */
    @Transactional
    public void place(String cohortCode, String serviceNumber, EnrolmentStatus status) {
        Cohort cohort = entityManager.createQuery("SELECT h FROM Cohort h WHERE h.code = :code", Cohort.class)
                .setParameter("code", cohortCode).getSingleResult();
        Person person = entityManager.createQuery("SELECT p FROM Person p WHERE p.serviceNumber = :number", Person.class)
                .setParameter("number", serviceNumber).getSingleResult();
        entityManager.persist(new Enrolment(cohort, person, status));
    }

    @Transactional
    public void enrolNewTrainee(String cohortCode, String serviceNumber, String nameArabic, String nameLatin,
                                String email, Language language, EnrolmentStatus status) {
        Cohort cohort = entityManager.createQuery("SELECT h FROM Cohort h WHERE h.code = :code", Cohort.class)
                .setParameter("code", cohortCode).getSingleResult();
        Person person = new Person(serviceNumber, nameArabic, nameLatin);
        person.changeContact(email, null);
        person.preferLanguage(language);
        entityManager.persist(person);
        entityManager.persist(new Enrolment(cohort, person, status));
    }
}
