package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.mail.MailKind;

/**
 * "Your cohort starts tomorrow", told once to each enrolled trainee under the cohort's row lock, and the list of
 * cohorts the hourly round ({@link EnrolmentRounds}) visits.
 */
@ApplicationScoped
public class StartReminders {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CohortsAndTrainees find;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    EnrolmentMail mail;

    @Inject
    AuditLog auditLog;

    @Inject
    CentreClock clock;

    /** Tells the enrolled trainees of a cohort that it starts tomorrow, once; answers how many were told. */
    @Transactional
    public int remindStartingTomorrow(String cohortCode) {
        Cohort cohort = find.lock(cohortCode);
        if (!cohort.isEditable() || !cohort.getStartsOn().equals(clock.today().plusDays(1))
                || !cohort.markReminded(Instant.now())) {
            return 0;
        }
        List<Enrolment> enrolled = enrolments.enrolledIn(cohort);
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
        enrolments.cohortsWaitingAfterQuotasReleased(today).stream()
                .filter(code -> !codes.contains(code)).forEach(codes::add);
        return codes;
    }
}
