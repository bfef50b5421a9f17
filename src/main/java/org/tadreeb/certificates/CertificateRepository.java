package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tadreeb.enrolment.Enrolment;
import org.tadreeb.enrolment.EnrolmentRepository;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.cohort.CohortCode;
import org.tadreeb.cohort.CohortRepository;

/** Certificates by number, by enrolment, by cohort and by holder. */
@ApplicationScoped
public class CertificateRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CohortRepository cohorts;

    /** The certificate with this number as typed, scanned or in an address (case and surrounding spaces ignored). */
    public Optional<Certificate> findByNumber(String number) {
        return CertificateNumber.parse(number).flatMap(this::findByNumber);
    }

    public Optional<Certificate> findByNumber(CertificateNumber number) {
        return entityManager.createNamedQuery(Certificate.BY_NUMBER, Certificate.class)
                .setParameter("number", number.toString())
                .getResultStream().findFirst();
    }

    public Certificate getByNumber(String number) {
        return findByNumber(number).orElseThrow(() -> new CertificateNotFoundException(number));
    }

    /** The certificate, its row locked until the transaction ends (revocation and reissue queue on it). */
    public Certificate lockByNumber(String number) {
        Certificate certificate = getByNumber(number);
        entityManager.lock(certificate, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(certificate);
        return certificate;
    }

    public Optional<Certificate> currentOf(Enrolment enrolment) {
        return entityManager.createNamedQuery(Certificate.CURRENT_OF_ENROLMENT, Certificate.class)
                .setParameter("enrolment", enrolment)
                .getResultStream().findFirst();
    }

    /** The ids of a cohort's passed enrolments, in roster order (by service number). */
    public List<Long> eligibleEnrolmentsOf(String cohortCode) {
        return enrolments.idsOf(cohortCode, EnrolmentStatus.COMPLETED);
    }

    /** A cohort's passed enrolments and anyone holding a certificate from it, each with their current certificate. */
    public List<Object[]> rosterOf(String cohortCode) {
        return entityManager.createQuery("""
                        SELECT e, c FROM Enrolment e
                        JOIN FETCH e.trainee
                        LEFT JOIN Certificate c ON c.liveEnrolment = e
                        WHERE e.cohort.code = :code
                        AND (e.status = :completed OR c.id IS NOT NULL)
                        ORDER BY e.trainee.serviceNumber""", Object[].class)
                .setParameter("code", CohortCode.of(cohortCode).value())
                .setParameter("completed", EnrolmentStatus.COMPLETED)
                .getResultList();
    }

    /** A trainee's current certificates (revoked ones included, so that they see why), newest first. */
    public List<Certificate> currentOfHolder(String username) {
        return entityManager.createQuery("""
                        SELECT c FROM Certificate c
                        JOIN FETCH c.enrolment e
                        JOIN FETCH e.trainee p
                        JOIN FETCH e.cohort h
                        JOIN FETCH h.course
                        WHERE c.liveEnrolment IS NOT NULL
                        AND p.id = (SELECT a.person.id FROM Account a WHERE a.username = :username)
                        ORDER BY c.issuedOn DESC, c.id DESC""", Certificate.class)
                .setParameter("username", username)
                .getResultList();
    }

    public Optional<Long> personIdOf(String username) {
        return entityManager.createQuery("SELECT a.person.id FROM Account a WHERE a.username = :username", Long.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    public boolean cohortExists(String cohortCode) {
        return cohorts.exists(CohortCode.of(cohortCode));
    }

    public void persist(Certificate certificate) {
        entityManager.persist(certificate);
    }

    public void flush() {
        entityManager.flush();
    }
}
