package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** Test-only changes to certificates that the application never makes (an expiry in the past). */
@ApplicationScoped
public class TestCertificates {

    @PersistenceContext
    EntityManager entityManager;

    @Transactional
    public void expire(String number, LocalDate on) {
        entityManager.createNativeQuery("UPDATE certificate SET expires_on = ? WHERE certificate_number = ?")
                .setParameter(1, on).setParameter(2, number).executeUpdate();
    }

    @Transactional
    public long countOfCohort(String cohortCode) {
        return entityManager.createQuery("SELECT COUNT(c) FROM Certificate c WHERE c.enrolment.cohort.code = :code", Long.class)
                .setParameter("code", cohortCode).getSingleResult();
    }
}
