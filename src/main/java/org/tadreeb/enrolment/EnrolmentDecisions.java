package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.people.Person;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.i18n.MessageKey;
import org.tadreeb.platform.mail.MailKind;

/**
 * What becomes of a place once asked for: the centre approves or declines a request, and the trainee (before the
 * cohort starts) or an administrator (at any time) withdraws. Each call locks the cohort's row first
 * ({@code SELECT ... FOR UPDATE}); a seat freed by a withdrawal goes to the next in line, who is told. Deciding
 * twice changes nothing and answers the place as it stands.
 */
@ApplicationScoped
public class EnrolmentDecisions {

    @Inject
    CohortsAndTrainees find;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    SeatRules seats;

    @Inject
    EnrolmentMail mail;

    @Inject
    CentreClock clock;

    /** Approves a request: the trainee gets a seat, or the waiting list when the cohort is full by now. */
    @Transactional
    public EnrolmentOutcome approve(String cohortCode, String serviceNumber) {
        Cohort cohort = find.lock(cohortCode);
        Enrolment enrolment = find.enrolmentOf(cohort, serviceNumber);
        if (enrolment.getStatus() != EnrolmentStatus.REQUESTED) {
            if (enrolment.getStatus() == EnrolmentStatus.ENROLLED || enrolment.getStatus() == EnrolmentStatus.WAITLISTED) {
                return seats.outcome(enrolment, false);
            }
            throw new EnrolmentRefusedException("enrolment.error.notRequested", serviceNumber,
                    new MessageKey(enrolment.getStatus().messageKey()));
        }
        return seats.approve(cohort, enrolment);
    }

    /** Declines a request or a place on the waiting list, for a reason the trainee is told. */
    @Transactional
    public EnrolmentOutcome decline(String cohortCode, String serviceNumber, String reason) {
        Cohort cohort = find.lock(cohortCode);
        Enrolment enrolment = find.enrolmentOf(cohort, serviceNumber);
        if (enrolment.getStatus() == EnrolmentStatus.DECLINED) {
            return seats.outcome(enrolment, false);
        }
        if (enrolment.getStatus() != EnrolmentStatus.REQUESTED && enrolment.getStatus() != EnrolmentStatus.WAITLISTED) {
            throw new EnrolmentRefusedException("enrolment.error.notDeclinable", serviceNumber,
                    new MessageKey(enrolment.getStatus().messageKey()));
        }
        String before = enrolment.getStatus().name();
        enrolment.decline(reason, Instant.now());
        seats.audit("enrolment.declined", enrolment, before);
        mail.send(MailKind.ENROLMENT_DECLINED, enrolment, Map.of("reason", enrolment.getReason()));
        return seats.outcome(enrolment, true);
    }

    /** The trainee leaves a cohort that has not started, after confirming; their seat goes to the next in line. */
    @Transactional
    public EnrolmentOutcome withdrawSelf(String cohortCode, String username) {
        Cohort cohort = find.lock(cohortCode);
        Person trainee = find.personOf(username);
        Enrolment enrolment = enrolments.find(cohort, trainee)
                .orElseThrow(() -> new EnrolmentRefusedException("enrolment.error.notEnrolled", cohort.getCode()));
        if (enrolment.getStatus() == EnrolmentStatus.WITHDRAWN) {
            return seats.outcome(enrolment, false);
        }
        if (!clock.today().isBefore(cohort.getStartsOn()) || cohort.getStatus() == CohortStatus.IN_PROGRESS) {
            throw new EnrolmentRefusedException("enrolment.error.alreadyStarted", cohort.getCode(), cohort.getStartsOn());
        }
        return seats.withdraw(cohort, enrolment, "self");
    }

    /** An administrator takes a trainee out of a live cohort, whatever its dates. */
    @Transactional
    public EnrolmentOutcome withdrawByAdministrator(String cohortCode, String serviceNumber) {
        Cohort cohort = find.lock(cohortCode);
        Enrolment enrolment = find.enrolmentOf(cohort, serviceNumber);
        if (enrolment.getStatus() == EnrolmentStatus.WITHDRAWN) {
            return seats.outcome(enrolment, false);
        }
        return seats.withdraw(cohort, enrolment, "centre");
    }
}
