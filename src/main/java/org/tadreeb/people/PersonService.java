package org.tadreeb.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.security.CallersChanged;
import org.tadreeb.platform.i18n.Language;

/** Registers people and changes their records, with every rule checked and every change audited. */
@ApplicationScoped
public class PersonService {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ReferenceData referenceData;

    @Inject
    PersonDirectory directory;

    @Inject
    AuditLog auditLog;

    @Inject
    Event<CallersChanged> callersChanged;

    @Transactional
    public Person register(PersonDetails details) {
        List<FieldError> errors = new ArrayList<>(details.check());
        if (errors.isEmpty() && directory.findByNumber(details.serviceNumber()).isPresent()) {
            errors.add(new FieldError("serviceNumber", "person.error.numberTaken", details.serviceNumber().strip()));
        }
        References references = resolve(details, null, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Person person = new Person(details.serviceNumber(), details.nameArabic(), details.nameLatin());
        apply(person, details, references);
        entityManager.persist(person);
        entityManager.flush();
        auditLog.record("person.registered", "Person", person.getServiceNumber(), null, PersonSnapshot.of(person));
        return person;
    }

    /** Changes everything but the service number, which identifies the person for ever. */
    @Transactional
    public Person update(String serviceNumber, PersonDetails details) {
        Person person = directory.getByNumber(serviceNumber);
        List<FieldError> errors = new ArrayList<>(details.check());
        errors.removeIf(error -> error.field().equals("serviceNumber"));
        References references = resolve(details, person, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String before = PersonSnapshot.of(person);
        apply(person, details, references);
        auditLog.record("person.updated", "Person", person.getServiceNumber(), before, PersonSnapshot.of(person));
        return person;
    }

    /** A person's own changes: only their e-mail, phone and language are theirs to edit. */
    @Transactional
    public Person changeOwnContact(String serviceNumber, String email, String phone, Language language) {
        Person person = directory.getByNumber(serviceNumber);
        PersonDetails details = new PersonDetails(person.getServiceNumber(), person.getNameArabic(), person.getNameLatin(),
                null, null, null, null, null, phone, email, language);
        List<FieldError> errors = new ArrayList<>(details.check());
        resolve(details, person, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String before = PersonSnapshot.of(person);
        person.changeContact(email, phone);
        if (language != null) {
            person.preferLanguage(language);
        }
        auditLog.record("person.contactChanged", "Person", person.getServiceNumber(), before, PersonSnapshot.of(person));
        return person;
    }

    @Transactional
    public Person deactivate(String serviceNumber) {
        Person person = directory.getByNumber(serviceNumber);
        if (person.isActive()) {
            person.deactivate();
            auditLog.record("person.deactivated", "Person", person.getServiceNumber(), "active", "inactive");
            callersChanged.fire(new CallersChanged("person deactivated"));
        }
        return person;
    }

    @Transactional
    public Person activate(String serviceNumber) {
        Person person = directory.getByNumber(serviceNumber);
        if (!person.isActive()) {
            person.activate();
            auditLog.record("person.activated", "Person", person.getServiceNumber(), "inactive", "active");
        }
        return person;
    }

    private record References(Rank rank, Organisation organisation, Governorate governorate) {
    }

    private References resolve(PersonDetails details, Person existing, List<FieldError> errors) {
        Rank rank = lookUp(details.rankCode(), referenceData::rank, "rank", "person.error.unknownRank", errors);
        Organisation organisation = lookUp(details.organisationCode(), referenceData::organisation, "organisation",
                "person.error.unknownOrganisation", errors);
        Governorate governorate = lookUp(details.governorateCode(), referenceData::governorate, "governorate",
                "person.error.unknownGovernorate", errors);
        if (!PersonDetails.isBlank(details.email())) {
            String email = details.email().strip().toLowerCase(Locale.ROOT);
            entityManager.createQuery("SELECT p FROM Person p WHERE p.email = :email", Person.class)
                    .setParameter("email", email)
                    .getResultStream()
                    .filter(holder -> existing == null || !holder.getId().equals(existing.getId()))
                    .findFirst()
                    .ifPresent(holder -> errors.add(new FieldError("email", "person.error.emailTaken", email)));
        }
        return new References(rank, organisation, governorate);
    }

    private static <T> T lookUp(String code, java.util.function.Function<String, Optional<T>> finder, String field,
                                String unknownKey, List<FieldError> errors) {
        if (PersonDetails.isBlank(code)) {
            return null;
        }
        Optional<T> found = finder.apply(code);
        if (found.isEmpty()) {
            errors.add(new FieldError(field, unknownKey, code.strip()));
        }
        return found.orElse(null);
    }

    private static void apply(Person person, PersonDetails details, References references) {
        person.rename(details.nameArabic(), details.nameLatin());
        person.describe(references.rank(), details.gender());
        person.placeIn(references.organisation(), details.unit(), references.governorate());
        person.changeContact(details.email(), details.phone());
        if (details.preferredLanguage() != null) {
            person.preferLanguage(details.preferredLanguage());
        }
    }
}
