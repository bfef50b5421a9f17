package org.tadreeb.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository {

    @PersistenceContext
    EntityManager entityManager;

    public Optional<Account> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return entityManager.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    public Account getByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new UnknownAccountException(username));
    }

    /** The caller's own account as the API shows it. */
    @Transactional
    public AccountProfile profileOf(String username) {
        return AccountProfile.of(getByUsername(username));
    }

    /** Accounts by user name; with {@code troubledOnly}, those with failed sign-ins (locked or on the way). */
    @Transactional
    public List<AccountSummary> summaries(boolean troubledOnly, int first, int max) {
        return entityManager.createQuery("""
                        SELECT a FROM Account a
                        JOIN FETCH a.person
                        WHERE (:troubledOnly = FALSE OR a.failedSignIns > 0)
                        ORDER BY a.username""", Account.class)
                .setParameter("troubledOnly", troubledOnly)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList().stream().map(AccountSummary::of).toList();
    }

    public long count() {
        return entityManager.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }

    public void add(Account account) {
        entityManager.persist(account.getPerson());
        entityManager.persist(account);
    }
}
