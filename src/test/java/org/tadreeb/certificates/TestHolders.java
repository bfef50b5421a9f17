package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.tadreeb.people.Account;
import org.tadreeb.people.Organisation;
import org.tadreeb.people.Person;
import org.tadreeb.people.Role;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.TestAccounts;

/**
 * Certificate holders of a test's own, with the Arabic and Latin names the test asserts on (certificates, mail and
 * PDFs print both), so that a test on the shared deployment never reads a demo trainee, whose language, mail and
 * certificates other tests change. With a user name the holder also gets a trainee account that signs in with
 * {@link TestAccounts#PASSWORD} (the demo trainee's hash is copied, as {@link TestAccounts} does).
 */
@ApplicationScoped
public class TestHolders {

    @PersistenceContext
    EntityManager entityManager;

    /**
     * A new person reading in the language given, with an e-mail address (or none), of the organisation by code (or
     * none), and a trainee account when {@code username} is not null.
     */
    @Transactional
    public void holder(String serviceNumber, String nameArabic, String nameLatin, String email, Language language,
                       String organisationCode, String username) {
        Person person = new Person(serviceNumber, nameArabic, nameLatin);
        if (email != null) {
            person.changeContact(email, null);
        }
        person.preferLanguage(language);
        if (organisationCode != null) {
            Organisation organisation = entityManager.createQuery("SELECT o FROM Organisation o WHERE o.code = :code",
                    Organisation.class).setParameter("code", organisationCode).getSingleResult();
            person.placeIn(organisation, null, organisation.getGovernorate());
        }
        entityManager.persist(person);
        if (username != null) {
            Account account = new Account(person, username, language, Set.of(Role.TRAINEE));
            account.changePasswordHash(entityManager.createQuery("SELECT a FROM Account a WHERE a.username = :name",
                    Account.class).setParameter("name", DemoAccounts.TRAINEE.username).getSingleResult().getPasswordHash());
            entityManager.persist(account);
        }
    }
}
