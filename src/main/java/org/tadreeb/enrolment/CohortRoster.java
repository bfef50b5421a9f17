package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortNotFoundException;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.people.OrganisationType;
import org.tadreeb.cohort.CohortRepository;
import org.tadreeb.cohort.CohortCode;

/**
 * Who is in a cohort, for its administrators: enrolled, then each waiting list in arrival order (with places),
 * then requests awaiting approval, then those who left or were declined.
 */
@ApplicationScoped
public class CohortRoster {

    /** One trainee on the roster; the place is counted within the waiting list of their seat pool. */
    public record Entry(String serviceNumber, String nameArabic, String nameLatin, String organisationCode,
                        EnrolmentStatus status, String seatPool, Integer waitlistPosition, Instant queuedAt,
                        String reason, String requestedBy) implements Serializable {

        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? nameArabic : nameLatin;
        }

        public JsonObjectBuilder toJson() {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("serviceNumber", serviceNumber)
                    .add("nameArabic", nameArabic)
                    .add("nameLatin", nameLatin)
                    .add("status", status.name())
                    .add("seatPool", seatPool)
                    .add("queuedAt", queuedAt.toString());
            if (organisationCode != null) {
                json.add("organisation", organisationCode);
            }
            if (waitlistPosition != null) {
                json.add("waitlistPosition", waitlistPosition);
            }
            if (reason != null) {
                json.add("reason", reason);
            }
            if (requestedBy != null) {
                json.add("requestedBy", requestedBy);
            }
            return json;
        }
    }

    /** The seats of a cohort as its roster page edits them: quotas by kind of organisation, their release date, and whether partners may nominate. */
    public record Seats(int seatLimit, Map<OrganisationType, Integer> quotas, LocalDate releaseOn, boolean openToNominations)
            implements Serializable {
    }

    /** Another live cohort of the same course, where a trainee can be moved. */
    public record Target(String code, LocalDate startsOn, LocalDate endsOn, CohortStatus status) implements Serializable {
    }

    private static final List<EnrolmentStatus> ORDER = List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED,
            EnrolmentStatus.REQUESTED, EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED, EnrolmentStatus.WITHDRAWN,
            EnrolmentStatus.DECLINED);

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CohortRepository cohorts;

    @Transactional
    public List<Entry> of(String cohortCode) {
        String code = CohortCode.of(cohortCode).value();
        if (!cohorts.exists(CohortCode.of(cohortCode))) {
            throw new CohortNotFoundException(cohortCode);
        }
        List<Enrolment> enrolments = this.enrolments.ofCohortInArrivalOrder(code);
        Map<String, Integer> places = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Enrolment e : enrolments) {
            Integer position = e.getStatus() == EnrolmentStatus.WAITLISTED ? places.merge(e.getSeatPool(), 1, Integer::sum) : null;
            entries.add(new Entry(e.getTrainee().getServiceNumber(), e.getTrainee().getNameArabic(),
                    e.getTrainee().getNameLatin(),
                    e.getTrainee().getOrganisation() == null ? null : e.getTrainee().getOrganisation().getCode(),
                    e.getStatus(), e.getSeatPool(), position, e.getQueuedAt(), e.getReason(), e.getRequestedBy()));
        }
        entries.sort(java.util.Comparator.comparing(entry -> ORDER.indexOf(entry.status())));
        return entries;
    }

    @Transactional
    public Seats seatsOf(String cohortCode) {
        Cohort cohort = cohort(cohortCode);
        Map<OrganisationType, Integer> quotas = new EnumMap<>(OrganisationType.class);
        cohort.getQuotas().forEach(q -> quotas.put(q.getOrganisationType(), q.getSeats()));
        return new Seats(cohort.getSeatLimit(), quotas, cohort.getQuotasReleaseOn(), cohort.isOpenToNominations());
    }

    /** The other live cohorts of the cohort's course, soonest first: where its trainees can be moved. */
    @Transactional
    public List<Target> moveTargets(String cohortCode) {
        Cohort cohort = cohort(cohortCode);
        return entityManager.createQuery("""
                        SELECT h FROM Cohort h
                        WHERE h.course = :course
                        AND h <> :cohort
                        AND h.status IN :live
                        ORDER BY h.startsOn, h.code""", Cohort.class)
                .setParameter("course", cohort.getCourse())
                .setParameter("cohort", cohort)
                .setParameter("live", CohortStatus.LIVE)
                .getResultList().stream()
                .map(h -> new Target(h.getCode(), h.getStartsOn(), h.getEndsOn(), h.getStatus()))
                .toList();
    }

    private Cohort cohort(String cohortCode) {
        return cohorts.findByCode(CohortCode.of(cohortCode))
                .orElseThrow(() -> new CohortNotFoundException(cohortCode));
    }
}
