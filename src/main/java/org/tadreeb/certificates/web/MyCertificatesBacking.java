package org.tadreeb.certificates.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.tadreeb.certificates.CertificateService;
import org.tadreeb.certificates.CertificateView;

/** The "My certificates" section of the trainee's home page: their certificates, each with its downloads. */
@Named
@RequestScoped
public class MyCertificatesBacking {

    @Inject
    CertificateService certificates;

    @Inject
    SecurityContext security;

    private List<CertificateView> mine;

    public List<CertificateView> getCertificates() {
        if (mine == null) {
            mine = certificates.heldBy(security.getCallerPrincipal().getName());
        }
        return mine;
    }
}
