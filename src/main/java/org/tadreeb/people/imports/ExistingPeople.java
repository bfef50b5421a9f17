package org.tadreeb.people.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tadreeb.people.Governorate;
import org.tadreeb.people.Organisation;
import org.tadreeb.people.Person;
import org.tadreeb.people.Rank;

/**
 * What an import needs to know of the people, organisations and managed lists already in the database. Lists of
 * numbers and e-mail addresses are queried in chunks, so that a file of 20,000 rows stays within the limits
 * databases put on {@code IN} lists.
 */
@ApplicationScoped
public class ExistingPeople {

    static final int CHUNK = 500;

    @PersistenceContext
    EntityManager entityManager;

    /** Organisations, governorates and ranks, found by code or either name. */
    public NameLookups lookups() {
        return new NameLookups(
                namesByCode(Rank.class, Rank::getCode, Rank::getNameArabic, Rank::getNameEnglish),
                namesByCode(Organisation.class, Organisation::getCode, Organisation::getNameArabic, Organisation::getNameEnglish),
                namesByCode(Governorate.class, Governorate::getCode, Governorate::getNameArabic, Governorate::getNameEnglish));
    }

    /** Which of these service numbers already belong to someone. */
    public Set<String> existingNumbers(Collection<String> numbers) {
        Set<String> existing = new HashSet<>();
        for (List<String> chunk : chunks(numbers)) {
            existing.addAll(entityManager.createQuery("""
                            SELECT p.serviceNumber FROM Person p
                            WHERE p.serviceNumber IN :numbers""", String.class)
                    .setParameter("numbers", chunk)
                    .getResultList());
        }
        return existing;
    }

    /** The service number of the person each of these e-mail addresses belongs to, for those that are taken. */
    public Map<String, String> ownersOfEmails(Collection<String> emails) {
        Map<String, String> owners = new HashMap<>();
        for (List<String> chunk : chunks(emails)) {
            entityManager.createQuery("""
                            SELECT p.email, p.serviceNumber FROM Person p
                            WHERE p.email IN :emails""", Object[].class)
                    .setParameter("emails", chunk)
                    .getResultList()
                    .forEach(owner -> owners.put((String) owner[0], (String) owner[1]));
        }
        return owners;
    }

    public Map<String, Person> byNumbers(Collection<String> numbers) {
        return entityManager.createQuery("""
                        SELECT p FROM Person p
                        WHERE p.serviceNumber IN :numbers""", Person.class)
                .setParameter("numbers", List.copyOf(numbers))
                .getResultStream()
                .collect(Collectors.toMap(Person::getServiceNumber, Function.identity()));
    }

    public <T> Map<String, T> byCode(Class<T> type, Function<T, String> code) {
        return all(type).stream().collect(Collectors.toMap(code, Function.identity()));
    }

    static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < all.size(); start += CHUNK) {
            chunks.add(all.subList(start, Math.min(all.size(), start + CHUNK)));
        }
        return chunks;
    }

    private <T> List<T> all(Class<T> type) {
        return entityManager.createQuery("SELECT e FROM " + type.getSimpleName() + " e", type).getResultList();
    }

    private <T> Map<String, List<String>> namesByCode(Class<T> type, Function<T, String> code,
                                                       Function<T, String> nameArabic, Function<T, String> nameEnglish) {
        return all(type).stream().collect(Collectors.toMap(code,
                entry -> List.of(nameArabic.apply(entry), nameEnglish.apply(entry))));
    }
}
