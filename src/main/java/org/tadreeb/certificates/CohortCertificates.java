package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tadreeb.cohort.CohortNotFoundException;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;

/**
 * Issues the certificates of all passed trainees of a cohort, each enrolment in its own transaction, so that a
 * run stopped half-way keeps what it issued and a rerun completes what is missing. Two runs at once make no
 * duplicate: the one-current-certificate key decides, and the loser counts the certificate as already issued.
 */
@ApplicationScoped
public class CohortCertificates {

    private static final Logger LOG = Logger.getLogger(CohortCertificates.class.getName());

    @Inject
    CertificateService certificates;

    @Inject
    CertificateRepository repository;

    /** Told after each enrolment; a listener that throws stops the run there (what a crash would do). */
    @FunctionalInterface
    public interface Progress {
        void advanced(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** What a run did: new certificates, ones that already existed, and the service numbers that failed (why). */
    public record Summary(int issued, int alreadyIssued, List<String> failures) {
        public int total() {
            return issued + alreadyIssued + failures.size();
        }
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Summary issueAll(String cohortCode, String by, Progress progress) {
        if (!repository.cohortExists(cohortCode)) {
            throw new CohortNotFoundException(cohortCode);
        }
        List<Long> enrolments = repository.eligibleEnrolmentsOf(cohortCode);
        int issued = 0;
        int already = 0;
        List<String> failures = new ArrayList<>();
        int done = 0;
        for (long enrolmentId : enrolments) {
            try {
                if (certificates.issue(enrolmentId, by).created()) {
                    issued++;
                } else {
                    already++;
                }
            } catch (RuntimeException failed) {
                if (certificates.hasCertificate(enrolmentId)) {
                    already++;
                } else {
                    BusinessException rule = BusinessExceptions.find(failed);
                    failures.add(enrolmentId + (rule == null ? "" : " " + rule.messageKey()));
                    if (rule == null) {
                        LOG.log(Level.WARNING, "Issuing the certificate of enrolment " + enrolmentId + " failed", failed);
                    }
                }
            }
            progress.advanced(++done, enrolments.size());
        }
        return new Summary(issued, already, List.copyOf(failures));
    }
}
