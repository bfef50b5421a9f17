package org.tadreeb.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tadreeb.platform.Code;

/** The managed lists and organisations that people refer to, by code. */
@ApplicationScoped
public class ReferenceData {

    @PersistenceContext
    EntityManager entityManager;

    public List<Governorate> governorates() {
        return entityManager.createQuery("SELECT g FROM Governorate g ORDER BY g.sortOrder, g.code", Governorate.class)
                .getResultList();
    }

    public List<Rank> ranks() {
        return entityManager.createQuery("SELECT r FROM Rank r ORDER BY r.sortOrder, r.code", Rank.class).getResultList();
    }

    public List<Organisation> organisations() {
        return entityManager.createQuery("SELECT o FROM Organisation o ORDER BY o.code", Organisation.class)
                .getResultList();
    }


    public Optional<Governorate> governorate(String code) {
        return byCode(Governorate.class, code);
    }

    public Optional<Rank> rank(String code) {
        return byCode(Rank.class, code);
    }

    public Optional<Organisation> organisation(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return entityManager.createQuery("SELECT o FROM Organisation o WHERE o.code = :code", Organisation.class)
                .setParameter("code", Code.normalise(code))
                .getResultStream().findFirst();
    }

    private <T> Optional<T> byCode(Class<T> type, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(entityManager.find(type, Code.normalise(code)));
    }
}
