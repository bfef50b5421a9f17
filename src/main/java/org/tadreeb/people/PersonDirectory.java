package org.tadreeb.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finding people: by number, and by search with paging over tens of thousands of records. */
@ApplicationScoped
public class PersonDirectory {

    /** More words than this in one search are ignored: the first ones narrow enough. */
    private static final int MAX_WORDS = 6;

    @PersistenceContext
    EntityManager entityManager;

    public record Page(List<Person> people, long total) {

        public List<PersonRow> rows() {
            return people.stream().map(PersonRow::of).toList();
        }
    }

    @Transactional
    public Optional<Person> findByNumber(String serviceNumber) {
        if (serviceNumber == null || serviceNumber.isBlank()) {
            return Optional.empty();
        }
        return entityManager.createQuery("SELECT p FROM Person p WHERE p.serviceNumber = :number", Person.class)
                .setParameter("number", Person.normaliseNumber(serviceNumber))
                .getResultStream().findFirst();
    }

    public Person getByNumber(String serviceNumber) {
        return findByNumber(serviceNumber).orElseThrow(() -> new PersonNotFoundException(serviceNumber));
    }

    /** One page of the people a search finds, ordered by Latin name then number, with the total count. */
    @Transactional
    public Page search(PersonSearch search, int first, int pageSize) {
        Condition condition = Condition.of(search);
        TypedQuery<Person> page = entityManager.createQuery("SELECT p FROM Person p" + condition.where()
                + " ORDER BY p.nameLatin, p.serviceNumber", Person.class);
        condition.parameters().forEach(page::setParameter);
        List<Person> people = page.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize))
                .setHint("eclipselink.batch", "p.organisation")
                .getResultList();
        return new Page(people, count(search));
    }

    @Transactional
    public long count(PersonSearch search) {
        Condition condition = Condition.of(search);
        TypedQuery<Long> count = entityManager.createQuery("SELECT COUNT(p) FROM Person p" + condition.where(), Long.class);
        condition.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** A search as a JPQL WHERE clause on {@code p} and its parameters. */
    private record Condition(String where, Map<String, Object> parameters) {

        static Condition of(PersonSearch search) {
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            List<String> words = words(search.text());
            for (int i = 0; i < words.size(); i++) {
                where.append(" AND p.searchText LIKE :word").append(i).append(" ESCAPE '!'");
                parameters.put("word" + i, "%" + escapeLike(words.get(i)) + "%");
            }
            if (search.organisationId() != null) {
                where.append(" AND p.organisation.id = :organisation");
                parameters.put("organisation", search.organisationId());
            }
            if (search.onlyOrganisationId() != null) {
                where.append(" AND p.organisation.id = :onlyOrganisation");
                parameters.put("onlyOrganisation", search.onlyOrganisationId());
            }
            if (search.governorateCode() != null && !search.governorateCode().isBlank()) {
                where.append(" AND p.governorate.code = :governorate");
                parameters.put("governorate", search.governorateCode());
            }
            if (search.activeOnly()) {
                where.append(" AND p.active = TRUE");
            }
            return new Condition(where.toString(), parameters);
        }
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NameFolding.fold(text).split(" ")) {
            if (!word.isEmpty() && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        return words;
    }

    /** '!' escapes LIKE's wildcards: a backslash would need different quoting on MySQL and H2. */
    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
