package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.people.Person;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.i18n.MessageKey;
import org.tadreeb.cohort.CohortCode;

/** An administrator moves a trainee from one cohort of a course to another, both cohorts' rows locked. */
@ApplicationScoped
public class CohortMoves {

    @Inject
    CohortsAndTrainees find;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    SeatRules seats;

    @Inject
    AuditLog auditLog;

    /**
     * An administrator moves a trainee to another live cohort of the same course, in one transaction: the trainee
     * leaves the first (whose waiting list moves up) and is enrolled in the second as by
     * {@link EnrolmentRequests#enrolByAdministrator}, with a seat or on its waiting list. If the second refuses (its
     * rules, its dates), nothing changes.
     */
    @Transactional
    public EnrolmentOutcome move(String cohortCode, String serviceNumber, String targetCode, String administrator) {
        String from = CohortCode.of(cohortCode).value();
        String to = CohortCode.of(targetCode).value();
        if (from.equals(to)) {
            throw new EnrolmentRefusedException("enrolment.error.moveSameCohort", from);
        }
        // Both rows locked, always in the same order, so that two opposite moves cannot wait for each other.
        Cohort first = find.lock(from.compareTo(to) < 0 ? from : to);
        Cohort second = find.lock(from.compareTo(to) < 0 ? to : from);
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
        Enrolment leaving = find.enrolmentOf(source, serviceNumber);
        Person trainee = leaving.getTrainee();
        Optional<Enrolment> existing = enrolments.find(target, trainee);
        if (existing.isPresent() && existing.get().isLive()) {
            throw new EnrolmentRefusedException("enrolment.error.alreadyInCohort", trainee.getServiceNumber(),
                    target.getCode(), new MessageKey(existing.get().getStatus().messageKey()));
        }
        seats.withdraw(source, leaving, null);
        EnrolmentOutcome outcome = seats.place(target, trainee, existing, administrator, true);
        auditLog.record("enrolment.moved", "Enrolment", source.getCode() + "/" + trainee.getServiceNumber(),
                source.getCode(), target.getCode() + ": " + outcome.status().name());
        return outcome;
    }
}
