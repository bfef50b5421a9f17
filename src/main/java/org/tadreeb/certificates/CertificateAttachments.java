package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tadreeb.platform.mail.AttachmentSource;
import org.tadreeb.platform.mail.MailAttachment;

/** Renders a certificate's PDF for the mail outbox when it sends the message that attaches it by number. */
@ApplicationScoped
public class CertificateAttachments implements AttachmentSource {

    static final String SOURCE = "CERTIFICATE_PDF";

    @Inject
    CertificateDocuments documents;

    /** The attachment of a certificate's PDF, named by its number. */
    static MailAttachment pdfOf(String number) {
        return new MailAttachment(number + ".pdf", "application/pdf", SOURCE, number);
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public byte[] render(String number) {
        return documents.pdfForMail(number);
    }
}
