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
        long exists = entityManager.createQuery("SELECT COUNT(c) FROM CertificateCounter c WHERE c.year = :year", Long.class)
                .setParameter("year", year)
                .getSingleResult();
        if (exists == 0) {
            self.create(year);
        }
        return entityManager.find(CertificateCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The year's first issue makes its row in a short transaction of its own, before the issuing transaction holds
     * any lock (InnoDB's gap locks would otherwise set two first issues against each other). INSERT IGNORE (MySQL,
     * and H2 in MySQL mode) lets a rival's row stand instead of failing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(int year) {
        entityManager.createNativeQuery("INSERT IGNORE INTO certificate_counter (issue_year, last_serial) VALUES (?, 0)")
                .setParameter(1, year)
                .executeUpdate();
        LOG.log(Level.FINE, "Certificate counter of {0} made", year);
    }
}
