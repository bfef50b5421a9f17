package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A certificate's PDF and signed credential, for its holder or an administrator (403 for anyone else). */
@ApplicationScoped
public class CertificateDocuments {

    @Inject
    CertificateService certificates;

    @Inject
    CertificateSettings settings;

    @Inject
    CertificateCredentials credentials;

    public byte[] pdf(String number, String username, boolean administrator) {
        CertificateView certificate = certificates.viewFor(number, username, administrator);
        return CertificatePdf.render(certificate, settings.centreNameArabic(), settings.centreNameEnglish(),
                settings.verificationUrl(certificate.number(), certificate.verificationCode()));
    }

    public String credential(String number, String username, boolean administrator) {
        return credentials.signed(certificates.viewFor(number, username, administrator));
    }
}
