package org.tadreeb.platform.mail;

import java.util.Objects;

/**
 * A file to attach to a message, named by what makes it rather than by its bytes: the {@link AttachmentSource}
 * called {@code source} renders {@code reference} when the message is delivered ({@code CERTIFICATE_PDF} and a
 * certificate number). {@code fileName} is what the recipient sees.
 */
public record MailAttachment(String fileName, String mediaType, String source, String reference) {

    static final int MAX_FILE_NAME = 200;
    static final int MAX_MEDIA_TYPE = 100;
    static final int MAX_SOURCE = 40;
    static final int MAX_REFERENCE = 200;

    public MailAttachment {
        check(fileName, MAX_FILE_NAME, "fileName");
        check(mediaType, MAX_MEDIA_TYPE, "mediaType");
        check(source, MAX_SOURCE, "source");
        check(reference, MAX_REFERENCE, "reference");
    }

    private static void check(String value, int max, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException("An attachment's " + name + " needs 1 to " + max + " characters: " + value);
        }
    }
}
