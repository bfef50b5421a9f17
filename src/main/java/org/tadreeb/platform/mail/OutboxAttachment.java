package org.tadreeb.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file attached to an outbox message, stored as what renders it (see {@link MailAttachment}), never changed. */
@Entity
@Table(name = "outbox_attachment")
public class OutboxAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "message_id", nullable = false, updatable = false)
    private OutboxMessage message;

    @Column(name = "file_name", nullable = false, updatable = false, length = MailAttachment.MAX_FILE_NAME)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = MailAttachment.MAX_MEDIA_TYPE)
    private String mediaType;

    @Column(name = "document_source", nullable = false, updatable = false, length = MailAttachment.MAX_SOURCE)
    private String source;

    @Column(name = "document_ref", nullable = false, updatable = false, length = MailAttachment.MAX_REFERENCE)
    private String reference;

    protected OutboxAttachment() {
    }

    OutboxAttachment(OutboxMessage message, MailAttachment attachment) {
        this.message = message;
        this.fileName = attachment.fileName();
        this.mediaType = attachment.mediaType();
        this.source = attachment.source();
        this.reference = attachment.reference();
    }

    public MailAttachment describe() {
        return new MailAttachment(fileName, mediaType, source, reference);
    }

    public String getFileName() {
        return fileName;
    }
}
