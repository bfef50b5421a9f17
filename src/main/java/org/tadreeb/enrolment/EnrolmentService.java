package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortNotFoundException;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.cohort.SeatsChanged;
import org.tadreeb.course.Course;
import org.tadreeb.people.Account;
import org.tadreeb.people.Organisation;
import org.tadreeb.people.OrganisationType;
import org.tadreeb.people.Person;
import org.tadreeb.people.PersonNotFoundException;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.i18n.BilingualText;
import org.tadreeb.platform.i18n.MessageKey;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.platform.mail.MailKind;

/**
 * Trainees joining and leaving cohorts. Every change to who holds a seat first locks the cohort's row
 * ({@code SELECT ... FOR UPDATE}), then counts the seats taken: requests for one cohort are served one at a time
 * by the database, across every application instance, so a cohort never has more trainees than seats nor a quota
 * more than its share. (The datasource reads committed data, so the counts see every earlier holder's commit.)
 * A full cohort puts the trainee on the waiting list in arrival order; a freed or added seat goes to the next in
 * line, who is told. Asking twice changes nothing and answers the place already held.
 */
@ApplicationScoped
public class EnrolmentService {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    EnrolmentMail mail;

    @Inject
    AuditLog auditLog;

    @Inject
    CentreClock clock;

    @Inject
    PartnerTraining partners;

    /** A trainee asks for a place: inside the enrolment window of an open cohort, approval as the cohort says. */
    @Transactional
    public EnrolmentOutcome requestForSelf(String cohortCode, String username) {
        Cohort cohort = lock(cohortCode);
        Person trainee = personOf(username);
        LocalDate today = clock.today();
        Optional<Enrolment> existing = find(cohort, trainee);
        if (existing.isPresent() && existing.get().isLive()) {
            return outcome(existing.get(), false);
        }
        if (!cohort.acceptsRequestsOn(today)) {
            if (cohort.getStatus() != CohortStatus.OPEN) {
                throw new EnrolmentRefusedException("enrolment.error.notOpen", cohort.getCode(),
                        new MessageKey(cohort.getStatus().messageKey()));
            }
            throw new EnrolmentRefusedException("enrolment.error.windowClosed", cohort.getCode(),
                    cohort.getEnrolmentOpensOn() == null ? "—" : cohort.getEnrolmentOpensOn(),
                    cohort.getEnrolmentClosesOn() == null ? "—" : cohort.getEnrolmentClosesOn());
        }
        return place(cohort, trainee, existing, username, !cohort.isNeedsApproval());
    }

    /** An administrator enrols a trainee directly: no approval and no window, but every other rule holds. */
    @Transactional
    public EnrolmentOutcome enrolByAdministrator(String cohortCode, String serviceNumber, String administrator) {
        Cohort cohort = lock(cohortCode);
        Person trainee = personByNumber(serviceNumber);
        Optional<Enrolment> existing = find(cohort, trainee);
        if (existing.isPresent() && existing.get().isLive() && existing.get().getStatus() != EnrolmentStatus.REQUESTED) {
            return outcome(existing.get(), false);
        }
        if (!cohort.isEditable()) {
            throw new EnrolmentRefusedException("enrolment.error.notOpen", cohort.getCode(),
                    new MessageKey(cohort.getStatus().messageKey()));
        }
        if (existing.isPresent() && existing.get().getStatus() == EnrolmentStatus.REQUESTED) {
            return approveLocked(cohort, existing.get());
        }
        return place(cohort, trainee, existing, administrator, true);
    }

    /**
     * A partner coordinator nominates one of their own organisation's people into an open cohort that takes
     * nominations. A nomination is a request: it waits for the centre's approval whatever the cohort says, and the
     * trainee is told who nominated them. A number outside the coordinator's organisation is refused with the
     * same words as an unknown number, so that nominations reveal nobody else's people.
     */
    @Transactional
    public EnrolmentOutcome nominateByCoordinator(String cohortCode, String serviceNumber, String coordinator) {
        Organisation organisation = partners.organisationOf(coordinator);
        Cohort cohort = lock(cohortCode);
        Person trainee = entityManager.createQuery("""
                        SELECT p FROM Person p WHERE p.serviceNumber = :number AND p.organisation = :organisation""", Person.class)
                .setParameter("number", Person.normaliseNumber(serviceNumber))
                .setParameter("organisation", organisation)
                .getResultStream().findFirst()
                .orElseThrow(() -> new EnrolmentRefusedException("enrolment.error.notYourPerson",
                        Person.normaliseNumber(serviceNumber), new BilingualText(organisation.getNameArabic(), organisation.getNameEnglish())));
        Optional<Enrolment> existing = find(cohort, trainee);
        if (existing.isPresent() && existing.get().isLive()) {
            return outcome(existing.get(), false);
        }
        if (cohort.getStatus() != CohortStatus.OPEN || !cohort.isOpenToNominations()) {
            throw new EnrolmentRefusedException("enrolment.error.notOpenToNominations", cohort.getCode());
        }
        return place(cohort, trainee, existing, coordinator, false, organisation);
    }

    /** Approves a request: the trainee gets a seat, or the waiting list when the cohort is full by now. */
    @Transactional
    public EnrolmentOutcome approve(String cohortCode, String serviceNumber) {
        Cohort cohort = lock(cohortCode);
        Enrolment enrolment = get(cohort, serviceNumber);
        if (enrolment.getStatus() != EnrolmentStatus.REQUESTED) {
            if (enrolment.getStatus() == EnrolmentStatus.ENROLLED || enrolment.getStatus() == EnrolmentStatus.WAITLISTED) {
                return outcome(enrolment, false);
            }
            throw new EnrolmentRefusedException("enrolment.error.notRequested", serviceNumber,
                    new MessageKey(enrolment.getStatus().messageKey()));
        }
        return approveLocked(cohort, enrolment);
    }

    /** Declines a request or a place on the waiting list, for a reason the trainee is told. */
    @Transactional
    public EnrolmentOutcome decline(String cohortCode, String serviceNumber, String reason) {
        Cohort cohort = lock(cohortCode);
        Enrolment enrolment = get(cohort, serviceNumber);
        if (enrolment.getStatus() == EnrolmentStatus.DECLINED) {
            return outcome(enrolment, false);
        }
        if (enrolment.getStatus() != EnrolmentStatus.REQUESTED && enrolment.getStatus() != EnrolmentStatus.WAITLISTED) {
            throw new EnrolmentRefusedException("enrolment.error.notDeclinable", serviceNumber,
                    new MessageKey(enrolment.getStatus().messageKey()));
        }
        String before = enrolment.getStatus().name();
        enrolment.decline(reason, Instant.now());
        audit("enrolment.declined", enrolment, before);
        mail.send(MailKind.ENROLMENT_DECLINED, enrolment, Map.of("reason", enrolment.getReason()));
        return outcome(enrolment, true);
    }

    /** The trainee leaves a cohort that has not started, after confirming; their seat goes to the next in line. */
    @Transactional
    public EnrolmentOutcome withdrawSelf(String cohortCode, String username) {
        Cohort cohort = lock(cohortCode);
        Person trainee = personOf(username);
        Enrolment enrolment = find(cohort, trainee)
                .orElseThrow(() -> new EnrolmentRefusedException("enrolment.error.notEnrolled", cohort.getCode()));
        if (enrolment.getStatus() == EnrolmentStatus.WITHDRAWN) {
            return outcome(enrolment, false);
        }
        if (!clock.today().isBefore(cohort.getStartsOn()) || cohort.getStatus() == CohortStatus.IN_PROGRESS) {
            throw new EnrolmentRefusedException("enrolment.error.alreadyStarted", cohort.getCode(), cohort.getStartsOn());
        }
        return withdrawLocked(cohort, enrolment, "self");
    }

    /** An administrator takes a trainee out of a live cohort, whatever its dates. */
    @Transactional
    public EnrolmentOutcome withdrawByAdministrator(String cohortCode, String serviceNumber) {
        Cohort cohort = lock(cohortCode);
        Enrolment enrolment = get(cohort, serviceNumber);
        if (enrolment.getStatus() == EnrolmentStatus.WITHDRAWN) {
            return outcome(enrolment, false);
        }
        return withdrawLocked(cohort, enrolment, "centre");
    }

    /**
     * An administrator moves a trainee to another live cohort of the same course, in one transaction: the trainee
     * leaves the first (whose waiting list moves up) and is enrolled in the second as by {@link #enrolByAdministrator},
     * with a seat or on its waiting list. If the second refuses (its rules, its dates), nothing changes.
     */
    @Transactional
    public EnrolmentOutcome move(String cohortCode, String serviceNumber, String targetCode, String administrator) {
        String from = cohortCode == null ? "" : cohortCode.strip().toUpperCase(Locale.ROOT);
        String to = targetCode == null ? "" : targetCode.strip().toUpperCase(Locale.ROOT);
        if (from.equals(to)) {
            throw new EnrolmentRefusedException("enrolment.error.moveSameCohort", from);
        }
        // Both rows locked, always in the same order, so that two opposite moves cannot wait for each other.
        Cohort first = lock(from.compareTo(to) < 0 ? from : to);
        Cohort second = lock(from.compareTo(to) < 0 ? to : from);
        Cohort source = first.getCode().equals(from) ? first : second;
        Cohort target = source == first ? second : first;
        if (!target.getCourse().getCode().equals(source.getCourse().getCode())) {
            throw new EnrolmentRefusedException("enrolment.error.moveOtherCourse", target.getCode(),
                    source.getCourse().getCode());
        }
        if (!target.isEditable()) {
            throw new EnrolmentRefusedException("enrolment.error.notOpen", target.getCode(),
                    new MessageKey(target.getStatus().messageKey()));
        }
        Enrolment leaving = get(source, serviceNumber);
        Person trainee = leaving.getTrainee();
        Optional<Enrolment> existing = find(target, trainee);
        if (existing.isPresent() && existing.get().isLive()) {
            throw new EnrolmentRefusedException("enrolment.error.alreadyInCohort", trainee.getServiceNumber(),
                    target.getCode(), new MessageKey(existing.get().getStatus().messageKey()));
        }
        withdrawLocked(source, leaving, null);
        EnrolmentOutcome outcome = place(target, trainee, existing, administrator, true);
        auditLog.record("enrolment.moved", "Enrolment", source.getCode() + "/" + trainee.getServiceNumber(),
                source.getCode(), target.getCode() + ": " + outcome.status().name());
        return outcome;
    }

    /** Seats were added to a cohort (or its quotas released): the waiting list moves up. */
    void onSeatsChanged(@Observes SeatsChanged changed) {
        Cohort cohort = lock(changed.cohortCode());
        promote(cohort);
    }

    /** Gives every free seat to the next in line; for the daily round after quotas are released. */
    @Transactional
    public List<EnrolmentOutcome> promoteWaiting(String cohortCode) {
        return promote(lock(cohortCode));
    }

    /** Tells the enrolled trainees of a cohort that it starts tomorrow, once; answers how many were told. */
    @Transactional
    public int remindStartingTomorrow(String cohortCode) {
        Cohort cohort = lock(cohortCode);
        if (!cohort.isEditable() || !cohort.getStartsOn().equals(clock.today().plusDays(1))
                || !cohort.markReminded(Instant.now())) {
            return 0;
        }
        List<Enrolment> enrolled = entityManager.createQuery("""
                        SELECT e FROM Enrolment e JOIN FETCH e.trainee
                        WHERE e.cohort = :cohort AND e.status = :enrolled""", Enrolment.class)
                .setParameter("cohort", cohort)
                .setParameter("enrolled", EnrolmentStatus.ENROLLED)
                .getResultList();
        enrolled.forEach(e -> mail.send(MailKind.COHORT_REMINDER, e));
        auditLog.record("cohort.reminded", "Cohort", cohort.getCode(), null, enrolled.size() + " trainees");
        return enrolled.size();
    }

    /** Cohorts the daily round visits: starting tomorrow and not yet reminded, or with released quotas and a waiting list. */
    @Transactional
    public List<String> cohortsNeedingARound() {
        LocalDate today = clock.today();
        List<String> codes = new ArrayList<>(entityManager.createQuery("""
                        SELECT h.code FROM Cohort h
                        WHERE h.startsOn = :tomorrow AND h.remindedAt IS NULL AND h.status IN :live""", String.class)
                .setParameter("tomorrow", today.plusDays(1))
                .setParameter("live", CohortStatus.LIVE)
                .getResultList());
        entityManager.createQuery("""
                        SELECT DISTINCT e.cohort.code FROM Enrolment e
                        WHERE e.status = :waitlisted
                        AND e.cohort.quotasReleaseOn <= :today
                        AND e.cohort.status IN :live""", String.class)
                .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                .setParameter("today", today)
                .setParameter("live", CohortStatus.LIVE)
                .getResultList().stream().filter(code -> !codes.contains(code)).forEach(codes::add);
        return codes;
    }

    @Transactional
    public Optional<EnrolmentOutcome> statusOf(String cohortCode, String serviceNumber) {
        Cohort cohort = cohort(cohortCode, false);
        return entityManager.createQuery("""
                        SELECT e FROM Enrolment e
                        WHERE e.cohort = :cohort AND e.trainee.serviceNumber = :number""", Enrolment.class)
                .setParameter("cohort", cohort)
                .setParameter("number", Person.normaliseNumber(serviceNumber))
                .getResultStream().findFirst().map(e -> outcome(e, false));
    }

    @Transactional
    public Optional<EnrolmentOutcome> statusOfSelf(String cohortCode, String username) {
        Cohort cohort = cohort(cohortCode, false);
        return find(cohort, personOf(username)).map(e -> outcome(e, false));
    }

    // ---- the rules, under the cohort's lock ---------------------------------------------------------------

    private EnrolmentOutcome place(Cohort cohort, Person trainee, Optional<Enrolment> existing, String by,
                                   boolean seatNow) {
        return place(cohort, trainee, existing, by, seatNow, null);
    }

    /** Puts the trainee in the cohort: a seat or the waiting list now, or a request for approval ({@code nominating} when a partner asked). */
    private EnrolmentOutcome place(Cohort cohort, Person trainee, Optional<Enrolment> existing, String by,
                                   boolean seatNow, Organisation nominating) {
        if (!trainee.isActive()) {
            throw new EnrolmentRefusedException("enrolment.error.inactive", trainee.getServiceNumber());
        }
        if (existing.isPresent() && !existing.get().isLive()
                && (existing.get().getStatus() == EnrolmentStatus.COMPLETED || existing.get().getStatus() == EnrolmentStatus.FAILED)) {
            throw new EnrolmentRefusedException("enrolment.error.alreadyFinished", cohort.getCode());
        }
        refuseMissingPrerequisites(cohort.getCourse(), trainee);
        refuseOverlappingCohort(cohort, trainee);
        Instant now = Instant.now();
        Enrolment enrolment;
        if (existing.isPresent()) {
            enrolment = existing.get();
            enrolment.requestAgain(by, now);
        } else {
            enrolment = new Enrolment(cohort, trainee, by, now);
            entityManager.persist(enrolment);
        }
        if (!seatNow) {
            entityManager.flush();
            audit(nominating == null ? "enrolment.requested" : "enrolment.nominated", enrolment, null);
            if (nominating == null) {
                mail.send(MailKind.ENROLMENT_REQUESTED, enrolment);
            } else {
                mail.send(MailKind.ENROLMENT_NOMINATED, enrolment, Map.of("organisation",
                        nominating.name(enrolment.getTrainee().getPreferredLanguage().locale())));
            }
            return outcome(enrolment, true);
        }
        return seatOrWait(cohort, enrolment, MailKind.ENROLMENT_CONFIRMED, "enrolment.enrolled");
    }

    private EnrolmentOutcome approveLocked(Cohort cohort, Enrolment enrolment) {
        return seatOrWait(cohort, enrolment, MailKind.ENROLMENT_APPROVED, "enrolment.approved");
    }

    private EnrolmentOutcome seatOrWait(Cohort cohort, Enrolment enrolment, MailKind seatedMail, String seatedAction) {
        SeatPlan plan = seatPlan(cohort);
        OrganisationType type = typeOf(enrolment.getTrainee());
        Optional<String> pool = plan.take(type);
        String before = enrolment.getStatus().name();
        if (pool.isPresent()) {
            enrolment.seatIn(pool.get(), Instant.now());
            entityManager.flush();
            audit(seatedAction, enrolment, before);
            mail.send(seatedMail, enrolment);
        } else {
            enrolment.waitIn(plan.waitingPoolFor(type), Instant.now());
            entityManager.flush();
            audit("enrolment.waitlisted", enrolment, before);
            EnrolmentOutcome outcome = outcome(enrolment, true);
            mail.send(MailKind.ENROLMENT_WAITLISTED, enrolment, Map.of("position", String.valueOf(outcome.waitlistPosition())));
            return outcome;
        }
        return outcome(enrolment, true);
    }

    /** Takes the trainee out; {@code by} ("self" or "centre") words the message they get, none when null (a move says the rest). */
    private EnrolmentOutcome withdrawLocked(Cohort cohort, Enrolment enrolment, String by) {
        String before = enrolment.getStatus().name();
        if (!enrolment.isLive()) {
            throw new EnrolmentRefusedException("enrolment.error.notWithdrawable", cohort.getCode(),
                    new MessageKey(enrolment.getStatus().messageKey()));
        }
        enrolment.withdraw(Instant.now());
        entityManager.flush();
        audit("enrolment.withdrawn", enrolment, before);
        if (by != null) {
            mail.send(MailKind.ENROLMENT_WITHDRAWN, enrolment, Map.of("by", Messages.text(
                    enrolment.getTrainee().getPreferredLanguage(), "enrolment.mail.withdrawnBy." + by)));
        }
        if (before.equals(EnrolmentStatus.ENROLLED.name())) {
            promote(cohort);
        }
        return outcome(enrolment, true);
    }

    private List<EnrolmentOutcome> promote(Cohort cohort) {
        if (!cohort.isEditable()) {
            return List.of();
        }
        SeatPlan plan = seatPlan(cohort);
        List<EnrolmentOutcome> promoted = new ArrayList<>();
        if (plan.isFull()) {
            return promoted;
        }
        List<Enrolment> waiting = entityManager.createQuery("""
                        SELECT e FROM Enrolment e JOIN FETCH e.trainee
                        WHERE e.cohort = :cohort AND e.status = :waitlisted
                        ORDER BY e.queuedAt, e.id""", Enrolment.class)
                .setParameter("cohort", cohort)
                .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                .getResultList();
        for (Enrolment next : waiting) {
            if (plan.isFull()) {
                break;
            }
            Optional<String> pool = plan.take(typeOf(next.getTrainee()));
            if (pool.isPresent()) {
                next.seatIn(pool.get(), Instant.now());
                audit("enrolment.promoted", next, EnrolmentStatus.WAITLISTED.name());
                mail.send(MailKind.ENROLMENT_PROMOTED, next);
                promoted.add(outcome(next, true));
            }
        }
        entityManager.flush();
        return promoted;
    }

    private SeatPlan seatPlan(Cohort cohort) {
        Map<String, Long> enrolled = new HashMap<>();
        entityManager.createQuery("""
                        SELECT e.seatPool, COUNT(e) FROM Enrolment e
                        WHERE e.cohort = :cohort AND e.status = :enrolled
                        GROUP BY e.seatPool""", Object[].class)
                .setParameter("cohort", cohort)
                .setParameter("enrolled", EnrolmentStatus.ENROLLED)
                // Every change to who holds a seat is flushed as it is made; without this, a new enrolment not yet
                // seated would be inserted here only to be updated a moment later with its seat.
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()
                .forEach(row -> enrolled.put((String) row[0], (Long) row[1]));
        return new SeatPlan(cohort.getSeatLimit(), cohort.reservationsOn(clock.today()), enrolled);
    }

    private void refuseMissingPrerequisites(Course course, Person trainee) {
        LocalDate today = clock.today();
        for (Course prerequisite : course.getPrerequisites()) {
            List<LocalDate> completions = entityManager.createQuery("""
                            SELECT e.cohort.endsOn FROM Enrolment e
                            WHERE e.trainee = :trainee AND e.cohort.course = :course AND e.status = :completed
                            ORDER BY e.cohort.endsOn DESC""", LocalDate.class)
                    .setParameter("trainee", trainee)
                    .setParameter("course", prerequisite)
                    .setParameter("completed", EnrolmentStatus.COMPLETED)
                    .setMaxResults(1)
                    .getResultList();
            BilingualText title = new BilingualText(prerequisite.getTitleArabic(), prerequisite.getTitleEnglish());
            Integer months = prerequisite.getCertificateMonths();
            if (completions.isEmpty()) {
                throw new EnrolmentRefusedException(months == null ? "enrolment.error.prerequisiteMissing"
                        : "enrolment.error.prerequisiteCertificateMissing", prerequisite.getCode(), title);
            }
            // Until certificates are issued, a certificate is valid for its months from the end of the cohort.
            if (months != null && completions.get(0).plusMonths(months).isBefore(today)) {
                throw new EnrolmentRefusedException("enrolment.error.prerequisiteExpired", prerequisite.getCode(), title,
                        completions.get(0).plusMonths(months));
            }
        }
    }

    private void refuseOverlappingCohort(Cohort cohort, Person trainee) {
        entityManager.createQuery("""
                        SELECT e.cohort.code FROM Enrolment e
                        WHERE e.trainee = :trainee
                        AND e.cohort <> :cohort
                        AND e.cohort.course = :course
                        AND e.status IN :live
                        AND e.cohort.status IN :liveCohorts
                        AND e.cohort.startsOn <= :endsOn
                        AND e.cohort.endsOn >= :startsOn""", String.class)
                .setParameter("trainee", trainee)
                .setParameter("cohort", cohort)
                .setParameter("course", cohort.getCourse())
                .setParameter("live", EnrolmentStatus.LIVE)
                .setParameter("liveCohorts", CohortStatus.LIVE)
                .setParameter("endsOn", cohort.getEndsOn())
                .setParameter("startsOn", cohort.getStartsOn())
                .setMaxResults(1)
                .getResultStream().findFirst()
                .ifPresent(other -> {
                    throw new EnrolmentRefusedException("enrolment.error.overlappingCohort", other, cohort.getCourse().getCode());
                });
    }

    private EnrolmentOutcome outcome(Enrolment enrolment, boolean changed) {
        Integer position = null;
        if (enrolment.getStatus() == EnrolmentStatus.WAITLISTED) {
            position = 1 + entityManager.createQuery("""
                            SELECT COUNT(e) FROM Enrolment e
                            WHERE e.cohort = :cohort AND e.status = :waitlisted AND e.seatPool = :pool
                            AND (e.queuedAt < :queuedAt OR (e.queuedAt = :queuedAt AND e.id < :id))""", Long.class)
                    .setParameter("cohort", enrolment.getCohort())
                    .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                    .setParameter("pool", enrolment.getSeatPool())
                    .setParameter("queuedAt", enrolment.getQueuedAt())
                    .setParameter("id", enrolment.getId())
                    .getSingleResult().intValue();
        }
        Person trainee = enrolment.getTrainee();
        return new EnrolmentOutcome(enrolment.getCohort().getCode(), trainee.getServiceNumber(), trainee.getNameArabic(),
                trainee.getNameLatin(), enrolment.getStatus(), position, enrolment.getReason(), changed);
    }

    private void audit(String action, Enrolment enrolment, String before) {
        auditLog.record(action, "Enrolment", enrolment.getCohort().getCode() + "/" + enrolment.getTrainee().getServiceNumber(),
                before, enrolment.getStatus().name() + (enrolment.getSeatPool().equals(SeatPlan.GENERAL) ? "" : " (" + enrolment.getSeatPool() + ")")
                        + (enrolment.getReason() == null ? "" : ": " + enrolment.getReason()));
    }

    private static OrganisationType typeOf(Person trainee) {
        return trainee.getOrganisation() == null ? null : trainee.getOrganisation().getType();
    }

    private Cohort lock(String code) {
        return cohort(code, true);
    }

    /**
     * The cohort with its course and venue, which every enrolment path uses. When {@code lock} is set, its row is
     * first locked ({@code SELECT ... FOR UPDATE}) by a statement of its own, then read: locking through the JPQL
     * read instead would lock the course's and venue's rows with it (joined rows are locked too), and EclipseLink
     * refreshes an entity read under a lock together with its collections — the cohort's instructors, meetings and
     * quotas, the course's prerequisites and scheme — five statements this path mostly does not need
     * (docs/performance.md, "Enrolling"). The read sees the latest committed row: each request starts with an
     * empty persistence context, and a cohort this transaction already changed is checked by its version on commit.
     */
    private Cohort cohort(String code, boolean lock) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (lock && entityManager.createNativeQuery("SELECT id FROM cohort WHERE code = ? FOR UPDATE")
                .setParameter(1, normalised).getResultList().isEmpty()) {
            throw new CohortNotFoundException(code);
        }
        return entityManager.createQuery("""
                        SELECT h FROM Cohort h JOIN FETCH h.course LEFT JOIN FETCH h.venue
                        WHERE h.code = :code""", Cohort.class)
                .setParameter("code", normalised)
                .getResultStream().findFirst().orElseThrow(() -> new CohortNotFoundException(code));
    }

    private Optional<Enrolment> find(Cohort cohort, Person trainee) {
        return entityManager.createQuery("SELECT e FROM Enrolment e WHERE e.cohort = :cohort AND e.trainee = :trainee",
                        Enrolment.class)
                .setParameter("cohort", cohort)
                .setParameter("trainee", trainee)
                .getResultStream().findFirst();
    }

    private Enrolment get(Cohort cohort, String serviceNumber) {
        return find(cohort, personByNumber(serviceNumber))
                .orElseThrow(() -> new EnrolmentRefusedException("enrolment.error.notInCohort", serviceNumber, cohort.getCode()));
    }

    private Person personOf(String username) {
        return entityManager.createQuery("SELECT a FROM Account a JOIN FETCH a.person WHERE a.username = :username", Account.class)
                .setParameter("username", username == null ? "" : username.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst()
                .map(Account::getPerson)
                .orElseThrow(() -> new EnrolmentRefusedException("enrolment.error.noTraineeRecord"));
    }

    private Person personByNumber(String serviceNumber) {
        return entityManager.createQuery("""
                        SELECT p FROM Person p LEFT JOIN FETCH p.organisation
                        WHERE p.serviceNumber = :number""", Person.class)
                .setParameter("number", Person.normaliseNumber(serviceNumber))
                .getResultStream().findFirst()
                .orElseThrow(() -> new PersonNotFoundException(serviceNumber));
    }
}
