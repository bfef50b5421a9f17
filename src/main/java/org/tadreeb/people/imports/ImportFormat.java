package org.tadreeb.people.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file a trainee import reads, and how an upload says which one it is. */
public enum ImportFormat {
    CSV(".csv", "text/csv", "application/csv", "text/plain"),
    XLSX(".xlsx", ImportFormat.XLSX_MEDIA_TYPE);

    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String extension;
    private final List<String> mediaTypes;

    ImportFormat(String extension, String... mediaTypes) {
        this.extension = extension;
        this.mediaTypes = List.of(mediaTypes);
    }

    public String mediaType() {
        return mediaTypes.get(0);
    }

    /**
     * The format a file claims to be: by its name's extension when it has one (uploads from the page), else by
     * its media type (the API). Empty for anything else.
     */
    public static Optional<ImportFormat> claimedBy(String fileName, String mediaType) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.contains(".")) {
            return Arrays.stream(values()).filter(format -> name.endsWith(format.extension)).findFirst();
        }
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return Arrays.stream(values()).filter(format -> format.mediaTypes.contains(type)).findFirst();
    }
}
