package org.tadreeb.testing;

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

/**
 * People with accounts of a test's own, so that a test on the shared deployment never depends on what another
 * test did to a demo account (its language, its enrolments, its mail, whether it is still active). Every account
 * made here signs in with the demo trainee's password, {@link DemoAccounts#TRAINEE}{@code .password}: its hash is
 * copied, so nothing is hashed (600,000 iterations) per account. Inside the server call {@link #open}; from outside
 * post {@code /testing/accounts} (see {@link TestAccountsServlet}).
 */
@ApplicationScoped
public class TestAccounts {

    public static final String PASSWORD = DemoAccounts.TRAINEE.password;

    @PersistenceContext
    EntityManager entityManager;

    /**
     * A new person (of the organisation by code, or none) with an e-mail address and an account of the roles given,
     * reading the application in the language given.
     */
    @Transactional
    public void open(String serviceNumber, String username, String nameLatin, String email, Language language,
                     String organisationCode, Set<Role> roles) {
        person(serviceNumber, "متدرب " + nameLatin, nameLatin, email, language, organisationCode, username, roles);
    }

    /**
     * A new person with the Arabic and Latin names a test asserts on (certificates, mail and PDFs print both),
     * reading in the language given, with an e-mail address (or none), of the organisation by code (or none); with
     * a user name, an account of the roles given too.
     */
    @Transactional
    public Person person(String serviceNumber, String nameArabic, String nameLatin, String email, Language language,
                         String organisationCode, String username, Set<Role> roles) {
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
            Account account = new Account(person, username, language, roles);
            account.changePasswordHash(entityManager.createQuery("SELECT a FROM Account a WHERE a.username = :name",
                    Account.class).setParameter("name", DemoAccounts.TRAINEE.username).getSingleResult().getPasswordHash());
            entityManager.persist(account);
        }
        return person;
    }

    /** A trainee of the organisation by code, with an account. */
    @Transactional
    public void trainee(String serviceNumber, String username, String nameLatin, Language language,
                        String organisationCode) {
        open(serviceNumber, username, nameLatin, username + "@own.example.org", language, organisationCode,
                Set.of(Role.TRAINEE));
    }
}
