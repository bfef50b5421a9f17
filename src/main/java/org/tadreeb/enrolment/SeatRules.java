package org.tadreeb.enrolment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.course.Course;
import org.tadreeb.people.Organisation;
import org.tadreeb.people.OrganisationType;
import org.tadreeb.people.Person;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.i18n.BilingualText;
import org.tadreeb.platform.i18n.MessageKey;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.platform.mail.MailKind;

/**
 * The rules of who holds a seat, which the enrolment services apply <em>after</em> they have locked the cohort's row
 * ({@link CohortsAndTrainees#lock}): placing a trainee (prerequisites, overlapping cohorts, then a seat from
 * {@link SeatPlan}, the waiting list, or a request for approval), withdrawing one, and giving free seats to the
 * waiting list in arrival order. Each change is flushed, audited and mailed to the trainee as it is made.
 * Nothing here locks: never call it without the cohort's lock.
 */
@Dependent
class SeatRules {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    EnrolmentMail mail;

    @Inject
    AuditLog auditLog;

    @Inject
    CentreClock clock;

    EnrolmentOutcome place(Cohort cohort, Person trainee, Optional<Enrolment> existing, String by, boolean seatNow) {
        return place(cohort, trainee, existing, by, seatNow, null);
    }

    /** Puts the trainee in the cohort: a seat or the waiting list now, or a request for approval ({@code nominating} when a partner asked). */
    EnrolmentOutcome place(Cohort cohort, Person trainee, Optional<Enrolment> existing, String by,
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

    /** An approved request: a seat, or the waiting list when the cohort is full by now. */
    EnrolmentOutcome approve(Cohort cohort, Enrolment enrolment) {
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
    EnrolmentOutcome withdraw(Cohort cohort, Enrolment enrolment, String by) {
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

    /** Gives every free seat of a live cohort to the next in line of a pool that may take it; answers who moved up. */
    List<EnrolmentOutcome> promote(Cohort cohort) {
        if (!cohort.isEditable()) {
            return List.of();
        }
        SeatPlan plan = seatPlan(cohort);
        List<EnrolmentOutcome> promoted = new ArrayList<>();
        if (plan.isFull()) {
            return promoted;
        }
        List<Enrolment> waiting = enrolments.waitingIn(cohort);
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
        Map<String, Long> enrolled = enrolments.seatsTakenByPool(cohort);
        return new SeatPlan(cohort.getSeatLimit(), cohort.reservationsOn(clock.today()), enrolled);
    }

    private void refuseMissingPrerequisites(Course course, Person trainee) {
        LocalDate today = clock.today();
        for (Course prerequisite : course.getPrerequisites()) {
            Optional<LocalDate> completion = enrolments.latestCompletion(trainee, prerequisite);
            BilingualText title = new BilingualText(prerequisite.getTitleArabic(), prerequisite.getTitleEnglish());
            Integer months = prerequisite.getCertificateMonths();
            if (completion.isEmpty()) {
                throw new EnrolmentRefusedException(months == null ? "enrolment.error.prerequisiteMissing"
                        : "enrolment.error.prerequisiteCertificateMissing", prerequisite.getCode(), title);
            }
            // Until certificates are issued, a certificate is valid for its months from the end of the cohort.
            if (months != null && completion.get().plusMonths(months).isBefore(today)) {
                throw new EnrolmentRefusedException("enrolment.error.prerequisiteExpired", prerequisite.getCode(), title,
                        completion.get().plusMonths(months));
            }
        }
    }

    private void refuseOverlappingCohort(Cohort cohort, Person trainee) {
        enrolments.overlappingLiveCohortOf(trainee, cohort).ifPresent(other -> {
            throw new EnrolmentRefusedException("enrolment.error.overlappingCohort", other, cohort.getCourse().getCode());
        });
    }

    /** Where the enrolment stands now, with its place on the waiting list when waitlisted. */
    EnrolmentOutcome outcome(Enrolment enrolment, boolean changed) {
        return EnrolmentOutcome.of(enrolment, enrolments.waitlistPosition(enrolment), changed);
    }

    void audit(String action, Enrolment enrolment, String before) {
        auditLog.record(action, "Enrolment", enrolment.getCohort().getCode() + "/" + enrolment.getTrainee().getServiceNumber(),
                before, enrolment.getStatus().name() + (enrolment.getSeatPool().equals(SeatPlan.GENERAL) ? "" : " (" + enrolment.getSeatPool() + ")")
                        + (enrolment.getReason() == null ? "" : ": " + enrolment.getReason()));
    }

    private static OrganisationType typeOf(Person trainee) {
        return trainee.getOrganisation() == null ? null : trainee.getOrganisation().getType();
    }
}
