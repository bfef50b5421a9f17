package org.tadreeb.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.people.Account;
import org.tadreeb.people.AccountRepository;
import org.tadreeb.people.Role;
import org.tadreeb.platform.AccessDeniedException;

/**
 * Who may see and change a cohort's attendance and grades: the instructors who teach it read and write them;
 * administrators read every cohort's (and reopen a published gradebook); nobody else sees them at all. Every
 * grading service asks here first, so the pages and the API are held to the same rule.
 */
@ApplicationScoped
public class GradingAccess {

    @Inject
    AccountRepository accounts;

    @Inject
    CohortService cohorts;

    /** The cohort, when the caller may read its attendance and grades; else 403 (404 for an unknown code). */
    @Transactional
    public Cohort forReading(String username, String cohortCode) {
        Cohort cohort = cohort(cohortCode);
        Account caller = account(username);
        if (caller.hasRole(Role.ADMINISTRATOR) || teaches(caller, cohort)) {
            return cohort;
        }
        throw new AccessDeniedException();
    }

    /** The cohort, when the caller teaches it and so may record attendance and scores; else 403. */
    @Transactional
    public Cohort forRecording(String username, String cohortCode) {
        Cohort cohort = cohort(cohortCode);
        if (teaches(account(username), cohort)) {
            return cohort;
        }
        throw new AccessDeniedException();
    }

    /** The cohort, when the caller is an administrator (who reopens published results); else 403. */
    @Transactional
    public Cohort forAdministering(String username, String cohortCode) {
        Cohort cohort = cohort(cohortCode);
        if (account(username).hasRole(Role.ADMINISTRATOR)) {
            return cohort;
        }
        throw new AccessDeniedException();
    }

    private boolean teaches(Account caller, Cohort cohort) {
        return caller.hasRole(Role.INSTRUCTOR)
                && cohort.getInstructors().stream().anyMatch(i -> i.getId().equals(caller.getId()));
    }

    private Account account(String username) {
        return accounts.findByUsername(username).orElseThrow(AccessDeniedException::new);
    }

    private Cohort cohort(String code) {
        return cohorts.getByCode(code);
    }
}
