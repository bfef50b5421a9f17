package org.tadreeb.certificates.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Function;
import org.tadreeb.certificates.CertificateVerification;
import org.tadreeb.certificates.TooManyLookupsException;
import org.tadreeb.certificates.Verification;

/**
 * Backs the public {@code /verify} page: the form (number and code) and, when both are given, the answer; and the
 * second form, where anyone pastes a signed credential to have its signature and its certificate's status checked.
 * Too many failed look-ups (of either kind) answer 429 with a message instead.
 */
@Named
@RequestScoped
public class VerifyBacking {

    @Inject
    CertificateVerification verification;

    @Inject
    FacesContext facesContext;

    private String number;
    private String code;
    private String credential;
    private Verification result;
    private boolean refused;
    private boolean byCredential;

    public void load() {
        if (number == null || number.isBlank()) {
            return;
        }
        answer(address -> verification.verify(number, code, address));
    }

    /** The credential form's action: the answer shows on the same page. */
    public void checkCredential() {
        byCredential = true;
        answer(address -> verification.verifyCredential(credential, address));
    }

    private void answer(Function<String, Verification> lookUp) {
        HttpServletRequest request = (HttpServletRequest) facesContext.getExternalContext().getRequest();
        try {
            result = lookUp.apply(request.getRemoteAddr());
        } catch (RuntimeException blocked) {
            // Not the handler: too many look-ups answer 429 and the page's own refusal, not a message.
            if (!(blocked instanceof TooManyLookupsException) && !(blocked.getCause() instanceof TooManyLookupsException)) {
                throw blocked;
            }
            refused = true;
            ((HttpServletResponse) facesContext.getExternalContext().getResponse()).setStatus(429);
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCredential() {
        return credential;
    }

    public void setCredential(String credential) {
        this.credential = credential;
    }

    public Verification getResult() {
        return result;
    }

    public boolean isRefused() {
        return refused;
    }

    /** Whether the answer is about a pasted credential (its signature was checked too). */
    public boolean isByCredential() {
        return byCredential;
    }

    public int getMaxCredential() {
        return CertificateVerification.MAX_CREDENTIAL;
    }
}
