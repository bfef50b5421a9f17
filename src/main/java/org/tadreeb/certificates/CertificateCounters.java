package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The per-year counters behind certificate numbers. */
@ApplicationScoped
public class CertificateCounters {

    private static final Logger LOG = Logger.getLogger(CertificateCounters.class.getName());

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CertificateCounters self;

    /** The year's counter, its row locked until the caller's transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CertificateCounter lock(int year) {
        CertificateCounter counter = entityManager.find(CertificateCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                self.create(year);
            } catch (RuntimeException madeByAnother) {
                LOG.log(Level.FINE, "The certificate counter of {0} was made by another issue", year);
            }
            counter = entityManager.find(CertificateCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter;
    }

    /** The year's first issue makes its row in a transaction of its own; a rival that made it first is fine. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(int year) {
        entityManager.persist(new CertificateCounter(year));
    }
}
