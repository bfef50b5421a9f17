package org.tadreeb.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.audit.AuditLog;

/** Adds and changes the organisations people work for. */
@ApplicationScoped
public class OrganisationService {

    /** What a form says about an organisation. */
    public record OrganisationDetails(String code, String nameArabic, String nameEnglish, OrganisationType type,
                                      String governorateCode, String contactName, String contactPhone,
                                      String contactEmail) {
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ReferenceData referenceData;

    @Inject
    AuditLog auditLog;

    /** Adds an organisation, or changes the one with this code. */
    @Transactional
    public Organisation save(OrganisationDetails details, boolean isNew) {
        List<FieldError> errors = new ArrayList<>();
        require(errors, "code", details.code(), 30);
        require(errors, "nameArabic", details.nameArabic(), 200);
        require(errors, "nameEnglish", details.nameEnglish(), 200);
        if (details.type() == null) {
            errors.add(new FieldError("type", "input.error.required"));
        }
        if (details.contactEmail() != null && !details.contactEmail().isBlank()
                && !details.contactEmail().strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            errors.add(new FieldError("contactEmail", "person.error.emailMalformed", details.contactEmail()));
        }
        Governorate governorate = null;
        if (details.governorateCode() != null && !details.governorateCode().isBlank()) {
            governorate = referenceData.governorate(details.governorateCode()).orElse(null);
            if (governorate == null) {
                errors.add(new FieldError("governorate", "person.error.unknownGovernorate", details.governorateCode()));
            }
        }
        Organisation existing = errors.isEmpty() ? referenceData.organisation(details.code()).orElse(null) : null;
        if (isNew && existing != null) {
            errors.add(new FieldError("code", "organisation.error.codeTaken", details.code().strip()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Organisation organisation = existing;
        String before = existing == null ? null : describe(existing);
        if (organisation == null) {
            organisation = new Organisation(details.code(), details.nameArabic(), details.nameEnglish(), details.type());
            entityManager.persist(organisation);
        }
        organisation.rename(details.nameArabic(), details.nameEnglish());
        organisation.classify(details.type(), governorate);
        organisation.changeContact(details.contactName(), details.contactPhone(), details.contactEmail());
        auditLog.record(isNew ? "organisation.added" : "organisation.changed", "Organisation", organisation.getCode(),
                before, describe(organisation));
        return organisation;
    }

    private static void require(List<FieldError> errors, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "input.error.required"));
        } else if (value.strip().length() > maxLength) {
            errors.add(new FieldError(field, "input.error.tooLong", maxLength));
        }
    }

    private static String describe(Organisation organisation) {
        return "code=" + organisation.getCode() + "; nameAr=" + organisation.getNameArabic()
                + "; nameEn=" + organisation.getNameEnglish() + "; type=" + organisation.getType()
                + "; governorate=" + (organisation.getGovernorate() == null ? "" : organisation.getGovernorate().getCode());
    }
}
