package org.tadreeb.reporting;

import java.util.Locale;
import java.util.Optional;

/**
 * A way to break a training report down. Each names the SQL that gives a row's group and its two labels; groups
 * without a natural name (organisation type, gender) are labelled from the message bundle instead.
 */
public enum ReportDimension {

    COURSE("course", "c.code", "MIN(c.title_ar)", "MIN(c.title_en)", null),
    GOVERNORATE("governorate", "p.governorate_code", "MIN(g.name_ar)", "MIN(g.name_en)", null),
    ORGANISATION_TYPE("organisationType", "o.org_type", "NULL", "NULL", "organisation.type."),
    GENDER("gender", "p.gender", "NULL", "NULL", "person.gender.");

    private final String parameter;
    final String keySql;
    final String arabicLabelSql;
    final String latinLabelSql;
    private final String messagePrefix;

    ReportDimension(String parameter, String keySql, String arabicLabelSql, String latinLabelSql, String messagePrefix) {
        this.parameter = parameter;
        this.keySql = keySql;
        this.arabicLabelSql = arabicLabelSql;
        this.latinLabelSql = latinLabelSql;
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
