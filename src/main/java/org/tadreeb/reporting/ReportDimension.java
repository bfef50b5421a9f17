package org.tadreeb.reporting;

import java.util.Locale;
import java.util.Optional;

/**
 * A way to break a training report down (in the order {@code TrainingReports} reads its keys). Courses and
 * governorates are named from the database; groups without a natural name (organisation type, gender) are labelled
 * from the message bundle instead.
 */
public enum ReportDimension {

    COURSE("course", null),
    GOVERNORATE("governorate", null),
    ORGANISATION_TYPE("organisationType", "organisation.type."),
    GENDER("gender", "person.gender.");

    private final String parameter;
    private final String messagePrefix;

    ReportDimension(String parameter, String messagePrefix) {
        this.parameter = parameter;
        this.messagePrefix = messagePrefix;
    }

    /** The name used in the API's {@code groupBy} and in the page's address. */
    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return "reports.by." + parameter;
    }

    /** The bundle key naming one group, or null when the group's name comes from the database. */
    String groupMessageKey(String key) {
        if (key == null) {
            return "reports.notRecorded";
        }
        return messagePrefix == null ? null : messagePrefix + key;
    }

    public static Optional<ReportDimension> fromParameter(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (ReportDimension dimension : values()) {
            if (dimension.parameter.toLowerCase(Locale.ROOT).equals(wanted)
                    || dimension.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }
}
