package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A certificate's PDF and signed credential, for its holder or an administrator (403 for anyone else); the PDF the
 * mail outbox attaches; and a cohort's certificates for printing, as one PDF or a ZIP of one PDF each.
 */
@ApplicationScoped
public class CertificateDocuments {

    @Inject
    CertificateService certificates;

    @Inject
    CertificateSettings settings;

    @Inject
    CertificateCredentials credentials;

    public byte[] pdf(String number, String username, boolean administrator) {
        return render(certificates.viewFor(number, username, administrator));
    }

    /** The PDF that the outbox attaches to the holder's mail (see {@link CertificateAttachments}). */
    public byte[] pdfForMail(String number) {
        return render(certificates.viewForMail(number));
    }

    public String credential(String number, String username, boolean administrator) {
        return credentials.signed(certificates.viewFor(number, username, administrator));
    }

    /**
     * A cohort's certificates to print ({@link CertificateService#printableOf}), read before anything is written,
     * so that a caller can answer "none yet" instead of an empty file.
     */
    public List<CertificateView> printableOf(String cohortCode) {
        return certificates.printableOf(cohortCode);
    }

    /** The certificates as one PDF, a page each. */
    public void writeMerged(List<CertificateView> printable, OutputStream out) {
        CertificatePdf.render(printable, settings.centreNameArabic(), settings.centreNameEnglish(),
                c -> settings.verificationUrl(c.number(), c.verificationCode()), out);
    }

    /** The certificates as a ZIP of single PDFs named by certificate number ({@code CPTC-2026-000001.pdf}). */
    public void writeZip(List<CertificateView> printable, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (CertificateView certificate : printable) {
            zip.putNextEntry(new ZipEntry(certificate.number() + ".pdf"));
            zip.write(render(certificate));
            zip.closeEntry();
        }
        zip.finish();
    }

    private byte[] render(CertificateView certificate) {
        return CertificatePdf.render(certificate, settings.centreNameArabic(), settings.centreNameEnglish(),
                settings.verificationUrl(certificate.number(), certificate.verificationCode()));
    }
}
