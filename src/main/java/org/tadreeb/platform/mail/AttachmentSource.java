package org.tadreeb.platform.mail;

/**
 * Renders the files that outbox messages attach by reference ({@link MailAttachment}). A feature that attaches
 * its documents provides one as a CDI bean; the sender finds it by {@link #name()} when it delivers a message. It
 * runs outside the sender's transactions, so it may open its own to read what it renders.
 */
public interface AttachmentSource {

    /** What {@link MailAttachment#source()} calls this source: {@code CERTIFICATE_PDF}. */
    String name();

    /** The file's bytes; throwing makes the attempt fail, and the message is tried again later. */
    byte[] render(String reference);
}
