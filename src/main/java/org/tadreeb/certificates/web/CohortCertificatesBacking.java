package org.tadreeb.certificates.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.tadreeb.certificates.CertificateService;
import org.tadreeb.certificates.CertificateStatus;
import org.tadreeb.certificates.CohortCertificate;
import org.tadreeb.certificates.CohortCertificates;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.web.Feedback;

/**
 * Backs {@code /admin/cohorts/certificates.xhtml?code=}: the cohort's passed trainees with their certificates;
 * issue one or all (with a progress bar and a summary), revoke with a reason, reissue; download the certificates
 * for printing ({@link CohortCertificateDownloads}).
 */
@Named
@ViewScoped
public class CohortCertificatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateService certificates;

    @Inject
    transient CohortCertificates bulk;

    @Inject
    transient SecurityContext security;

    @Inject
    transient FacesContext facesContext;

    @Inject
    transient Feedback feedback;

    private String code;
    private boolean nothingToPrint;
    private List<CohortCertificate> rows = List.of();
    private String acting;
    private String reason;
    /** Percent done of the running "issue all", read by the progress bar's polls. */
    private final AtomicInteger progress = new AtomicInteger();

    public void load() throws IOException {
        if (facesContext.isPostback()) {
            return;
        }
        if (code == null || !certificates.cohortExists(code)) {
            facesContext.getExternalContext().responseSendError(404, "");
            facesContext.responseComplete();
            return;
        }
        rows = certificates.ofCohort(code);
    }

    public String issue(long enrolmentId) {
        try {
            CertificateService.Issued issued = certificates.issue(enrolmentId, caller());
            feedback.done(issued.created() ? "certificates.issued" : "certificates.alreadyIssued", issued.number());
        } catch (RuntimeException refused) {
            problem(refused);
        }
        return again();
    }

    public String issueAll() {
        progress.set(0);
        try {
            CohortCertificates.Summary summary = bulk.issueAll(code, caller(),
                    (done, total) -> progress.set(done * 100 / Math.max(total, 1)));
            feedback.done("certificates.summary", summary.issued(), summary.alreadyIssued(), summary.failures().size());
        } catch (RuntimeException refused) {
            problem(refused);
        }
        progress.set(100);
        return again();
    }

    public String revoke() {
        try {
            certificates.revoke(acting, reason, caller());
            feedback.done("certificates.revoked", acting);
        } catch (RuntimeException refused) {
            problem(refused);
        }
        return again();
    }

    public String reissue() {
        try {
            feedback.done("certificates.reissued", acting, certificates.reissue(acting, reason, caller()).number());
        } catch (RuntimeException refused) {
            problem(refused);
        }
        return again();
    }

    /**
     * Not the handler: every action redirects back to the list read again (and "issue all" finishes its progress
     * bar), with the refusal in the flash.
     */
    private void problem(RuntimeException refused) {
        BusinessException rule = BusinessExceptions.find(refused);
        if (rule == null) {
            throw refused;
        }
        feedback.problem(rule.messageKey(), rule.arguments());
    }

    private String again() {
        return "/admin/cohorts/certificates?faces-redirect=true&code=" + code;
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    /** The certificates the printing downloads hold: issued and not revoked. */
    public long getPrintable() {
        return rows.stream().filter(row -> row.issued() && row.status() != CertificateStatus.REVOKED).count();
    }

    /** Set when a download found nothing to print and sent the administrator back here. */
    public boolean isNothingToPrint() {
        return nothingToPrint;
    }

    public void setNothingToPrint(boolean nothingToPrint) {
        this.nothingToPrint = nothingToPrint;
    }

    public long getEligibleWithout() {
        return rows.stream().filter(row -> !row.issued()).count();
    }

    public int getProgress() {
        return progress.get();
    }

    public void setProgress(int ignored) {
        // The progress bar writes its value back; only issueAll sets it.
    }

    public List<CohortCertificate> getRows() {
        return rows;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getActing() {
        return acting;
    }

    public void setActing(String acting) {
        this.acting = acting;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
