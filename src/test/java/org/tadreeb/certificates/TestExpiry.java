package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import org.tadreeb.people.Account;
import org.tadreeb.people.Person;
import org.tadreeb.people.Role;
import org.tadreeb.platform.i18n.Language;

/** Test-only set-up and reads for the expiry tests: another administrator, a deactivated trainee, reminder rows. */
@ApplicationScoped
public class TestExpiry {

    @PersistenceContext
    EntityManager entityManager;

    @Transactional
    public void addAdministrator(String username, String serviceNumber, String nameLatin, String email, Language language) {
        Person person = new Person(serviceNumber, "مسؤول " + nameLatin, nameLatin);
        person.changeContact(email, null);
        entityManager.persist(person);
        entityManager.persist(new Account(person, username, language, EnumSet.of(Role.ADMINISTRATOR)));
    }

    @Transactional
    public void deactivate(String serviceNumber) {
        entityManager.createQuery("SELECT p FROM Person p WHERE p.serviceNumber = :number", Person.class)
                .setParameter("number", serviceNumber).getSingleResult().deactivate();
    }

    /** The thresholds a certificate was reminded for, and whether each was mailed ("60", "30-nomail"...), in order made. */
    @Transactional
    public List<String> remindersOf(String number) {
        return entityManager.createQuery("""
                        SELECT r FROM CertificateReminder r
                        WHERE r.certificate.number = :number
                        ORDER BY r.thresholdDays DESC""", CertificateReminder.class)
                .setParameter("number", number)
                .getResultStream()
                .map(r -> r.getThresholdDays() + (r.isMailed() ? "" : "-nomail")).toList();
    }
}
