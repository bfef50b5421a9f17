package org.tadreeb.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The venues' queries. */
@ApplicationScoped
public class VenueRepository {

    @PersistenceContext
    EntityManager entityManager;

    /** The one way to find a venue by its code. */
    public Optional<Venue> findByCode(VenueCode code) {
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return entityManager.createQuery("SELECT v FROM Venue v WHERE v.code = :code", Venue.class)
                .setParameter("code", code.value())
                .getResultStream().findFirst();
    }
}
