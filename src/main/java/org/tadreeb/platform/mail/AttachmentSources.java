package org.tadreeb.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;

/** Renders a message's attachments with the {@link AttachmentSource} each names, just before it is sent. */
@ApplicationScoped
public class AttachmentSources {

    /** An attachment ready to send. */
    public record Rendered(String fileName, String mediaType, byte[] content) {
    }

    @Inject
    @Any
    Instance<AttachmentSource> sources;

    public List<Rendered> render(List<MailAttachment> attachments) {
        return attachments.stream().map(attachment -> new Rendered(attachment.fileName(), attachment.mediaType(),
                source(attachment.source()).render(attachment.reference()))).toList();
    }

    private AttachmentSource source(String name) {
        for (AttachmentSource source : sources) {
            if (source.name().equals(name)) {
                return source;
            }
        }
        throw new IllegalStateException("No attachment source is called " + name);
    }
}
