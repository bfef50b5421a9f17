package org.tadreeb.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

/**
 * Writes audit records in the caller's transaction, so a change and its record commit or roll back together.
 * The actor is the signed-in caller, or {@code system} for work nobody asked for (start-up, timers).
 */
@ApplicationScoped
public class AuditLog {

    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    SecurityContext securityContext;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, String before, String after) {
        entityManager.persist(new AuditRecord(Instant.now(), currentActor(), action, entityType,
                entityId == null ? null : entityId.toString(), before, after));
    }

    public List<AuditRecord> historyOf(String entityType, Object entityId) {
        return entityManager.createQuery("""
                        SELECT r FROM AuditRecord r
                        WHERE r.entityType = :type
                        AND r.entityId = :id
                        ORDER BY r.occurredAt, r.id""", AuditRecord.class)
                .setParameter("type", entityType)
                .setParameter("id", String.valueOf(entityId))
                .getResultList();
    }

    private String currentActor() {
        try {
            Principal caller = securityContext.getCallerPrincipal();
            return caller == null ? SYSTEM : caller.getName();
        } catch (RuntimeException outsideARequest) {
            return SYSTEM;
        }
    }
}
