package org.tadreeb.certificates.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.tadreeb.certificates.CertificateVerification;
import org.tadreeb.certificates.TooManyLookupsException;
import org.tadreeb.certificates.Verification;

/**
 * Backs the public {@code /verify} page: the form (number and code) and, when both are given, the answer.
 * Too many failed look-ups answer 429 with a message instead.
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
    private Verification result;
    private boolean refused;

    public void load() {
        if (number == null || number.isBlank()) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) facesContext.getExternalContext().getRequest();
        try {
            result = verification.verify(number, code, request.getRemoteAddr());
        } catch (RuntimeException blocked) {
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

    public Verification getResult() {
        return result;
    }

    public boolean isRefused() {
        return refused;
    }
}
