package org.tadreeb.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks every entity mapping against the schema the migrations built, by reading one row of each.
 * EclipseLink has no schema validation of its own; this makes a mapping that drifted from the migrations
 * fail at start-up (and in the tests) instead of on a user's click.
 */
@ApplicationScoped
public class SchemaCheck {

    @PersistenceContext
    EntityManager entityManager;

    /** The entities whose mapping does not match the schema, with the database's complaint; empty when all match. */
    @Transactional
    public List<String> mismatches() {
        List<String> problems = new ArrayList<>();
        for (EntityType<?> entity : entityManager.getMetamodel().getEntities()) {
            try {
                entityManager.createQuery("SELECT e FROM " + entity.getName() + " e", entity.getJavaType())
                        .setMaxResults(1)
                        .getResultList();
            } catch (RuntimeException mismatch) {
                problems.add(entity.getName() + ": " + rootMessage(mismatch));
            }
        }
        return problems;
    }

    private static String rootMessage(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
