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
