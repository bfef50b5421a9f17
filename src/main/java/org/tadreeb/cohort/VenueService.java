package org.tadreeb.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tadreeb.people.Governorate;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.Code;

/** The managed list of training venues: add, change, retire and reinstate, each audited. */
@ApplicationScoped
public class VenueService {

    /** A venue as lists and pick-lists show it, with how many live cohorts it hosts. */
    public record VenueView(String code, String nameArabic, String nameEnglish, String governorateCode,
                            String governorateArabic, String governorateEnglish, int capacity, boolean active,
                            long liveCohorts) implements Serializable {

        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? nameArabic : nameEnglish;
        }

        public String governorate(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? governorateArabic : governorateEnglish;
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    VenueRepository venues;

    @Inject
    AuditLog auditLog;

    /** All venues (or only active ones), by governorate then name. */
    @Transactional
    public List<VenueView> list(boolean activeOnly) {
        Map<Long, Long> live = new HashMap<>();
        entityManager.createQuery("""
                        SELECT h.venue.id, COUNT(h) FROM Cohort h
                        WHERE h.venue IS NOT NULL AND h.status IN :live
                        GROUP BY h.venue.id""", Object[].class)
                .setParameter("live", CohortStatus.LIVE)
                .getResultList()
                .forEach(row -> live.put((Long) row[0], (Long) row[1]));
        return entityManager.createQuery("""
                        SELECT v FROM Venue v LEFT JOIN FETCH v.governorate g
                        WHERE v.active = TRUE OR :all = TRUE
                        ORDER BY g.sortOrder, v.nameEnglish""", Venue.class)
                .setParameter("all", !activeOnly)
                .getResultList().stream()
                .map(v -> view(v, live.getOrDefault(v.getId(), 0L)))
                .toList();
    }

    public Optional<Venue> findByCode(String code) {
        return venues.findByCode(VenueCode.of(code));
    }

    @Transactional
    public Venue add(VenueDetails details) {
        List<FieldError> errors = new ArrayList<>(details.check());
        if (errors.stream().noneMatch(e -> e.field().equals("venueCode")) && findByCode(details.code()).isPresent()) {
            errors.add(new FieldError("venueCode", "venue.error.codeTaken", details.normalisedCode()));
        }
        Governorate governorate = governorate(details, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Venue venue = new Venue(details.normalisedCode(), details.nameArabic(), details.nameEnglish(), governorate,
                details.capacity());
        entityManager.persist(venue);
        entityManager.flush();
        auditLog.record("venue.added", "Venue", venue.getCode(), null, venue.toString());
        return venue;
    }

    /** Changes names, governorate and capacity; the capacity cannot drop below a live cohort's seat limit. */
    @Transactional
    public Venue change(String code, VenueDetails details) {
        Venue venue = findByCode(code).orElseThrow(() -> new BusinessException("venue.error.unknown", code));
        List<FieldError> errors = new ArrayList<>(details.check());
        errors.removeIf(e -> e.field().equals("venueCode"));
        Governorate governorate = governorate(details, errors);
        if (details.capacity() != null) {
            entityManager.createQuery("""
                            SELECT h.code, h.seatLimit FROM Cohort h
                            WHERE h.venue = :venue AND h.status IN :live AND h.seatLimit > :capacity
                            ORDER BY h.seatLimit DESC""", Object[].class)
                    .setParameter("venue", venue)
                    .setParameter("live", CohortStatus.LIVE)
                    .setParameter("capacity", details.capacity())
                    .setMaxResults(1)
                    .getResultStream().findFirst()
                    .ifPresent(row -> errors.add(new FieldError("venueCapacity", "venue.error.capacityBelowCohort",
                            row[0], row[1])));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String before = venue.toString();
        venue.describe(details.nameArabic(), details.nameEnglish(), governorate, details.capacity());
        auditLog.record("venue.changed", "Venue", venue.getCode(), before, venue.toString());
        return venue;
    }

    /** Retired venues take no new cohorts; cohorts already there keep it. */
    @Transactional
    public void retire(String code) {
        Venue venue = findByCode(code).orElseThrow(() -> new BusinessException("venue.error.unknown", code));
        if (venue.isActive()) {
            venue.retire();
            auditLog.record("venue.retired", "Venue", venue.getCode(), "active=true", "active=false");
        }
    }

    @Transactional
    public void reinstate(String code) {
        Venue venue = findByCode(code).orElseThrow(() -> new BusinessException("venue.error.unknown", code));
        if (!venue.isActive()) {
            venue.reinstate();
            auditLog.record("venue.reinstated", "Venue", venue.getCode(), "active=false", "active=true");
        }
    }

    private Governorate governorate(VenueDetails details, List<FieldError> errors) {
        if (details.governorateCode() == null || details.governorateCode().isBlank()) {
            return null;
        }
        Governorate governorate = entityManager.find(Governorate.class, Code.normalise(details.governorateCode()));
        if (governorate == null) {
            errors.add(new FieldError("venueGovernorate", "venue.error.unknownGovernorate", details.governorateCode().strip()));
        }
        return governorate;
    }

    private static VenueView view(Venue v, long liveCohorts) {
        Governorate g = v.getGovernorate();
        return new VenueView(v.getCode(), v.getNameArabic(), v.getNameEnglish(), g == null ? null : g.getCode(),
                g == null ? null : g.getNameArabic(), g == null ? null : g.getNameEnglish(), v.getCapacity(),
                v.isActive(), liveCohorts);
    }
}
