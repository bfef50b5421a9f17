package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.people.Organisation;
import org.tadreeb.people.Person;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.i18n.MessageKey;

/**
 * How a trainee comes into a cohort: they ask for a place themselves, a partner coordinator nominates them, or an
 * administrator enrols them directly. Each call locks the cohort's row first ({@code SELECT ... FOR UPDATE}), then
 * applies {@link SeatRules}: requests for one cohort are served one at a time by the database, across every
 * application instance, so a cohort never has more trainees than seats nor a quota more than its share. (The
 * datasource reads committed data, so the counts see every earlier holder's commit.) A full cohort puts the trainee
 * on the waiting list in arrival order. Asking twice changes nothing and answers the place already held.
 */
@ApplicationScoped
public class EnrolmentRequests {

    @Inject
    CohortsAndTrainees find;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    SeatRules seats;

    @Inject
    CentreClock clock;

    @Inject
    PartnerTraining partners;

    /** A trainee asks for a place: inside the enrolment window of an open cohort, approval as the cohort says. */
    @Transactional
    public EnrolmentOutcome requestForSelf(String cohortCode, String username) {
        Cohort cohort = find.lock(cohortCode);
        Person trainee = find.personOf(username);
        LocalDate today = clock.today();
        Optional<Enrolment> existing = enrolments.find(cohort, trainee);
        if (existing.isPresent() && existing.get().isLive()) {
            return seats.outcome(existing.get(), false);
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
        return seats.place(cohort, trainee, existing, username, !cohort.isNeedsApproval());
    }

    /** An administrator enrols a trainee directly: no approval and no window, but every other rule holds. */
    @Transactional
    public EnrolmentOutcome enrolByAdministrator(String cohortCode, String serviceNumber, String administrator) {
        Cohort cohort = find.lock(cohortCode);
        Person trainee = find.personByNumber(serviceNumber);
        Optional<Enrolment> existing = enrolments.find(cohort, trainee);
        if (existing.isPresent() && existing.get().isLive() && existing.get().getStatus() != EnrolmentStatus.REQUESTED) {
            return seats.outcome(existing.get(), false);
        }
        if (!cohort.isEditable()) {
            throw new EnrolmentRefusedException("enrolment.error.notOpen", cohort.getCode(),
                    new MessageKey(cohort.getStatus().messageKey()));
        }
        if (existing.isPresent() && existing.get().getStatus() == EnrolmentStatus.REQUESTED) {
            return seats.approve(cohort, existing.get());
        }
        return seats.place(cohort, trainee, existing, administrator, true);
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
        Cohort cohort = find.lock(cohortCode);
        Person trainee = find.memberOf(organisation, serviceNumber);
        Optional<Enrolment> existing = enrolments.find(cohort, trainee);
        if (existing.isPresent() && existing.get().isLive()) {
            return seats.outcome(existing.get(), false);
        }
        if (cohort.getStatus() != CohortStatus.OPEN || !cohort.isOpenToNominations()) {
            throw new EnrolmentRefusedException("enrolment.error.notOpenToNominations", cohort.getCode());
        }
        return seats.place(cohort, trainee, existing, coordinator, false, organisation);
    }
}
