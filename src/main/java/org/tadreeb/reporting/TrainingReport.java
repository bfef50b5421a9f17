package org.tadreeb.reporting;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;

/** A training report: the filter it answers, the totals, and the same figures broken down each way. */
public record TrainingReport(TrainingReportFilter filter, TrainingFigures totals,
                             Map<ReportDimension, List<Line>> breakdowns) implements Serializable {

    /** One group of a breakdown: its key (null for "not recorded"), its labels and its figures. */
    public record Line(String key, String arabicLabel, String latinLabel, String messageKey, TrainingFigures figures)
            implements Serializable {

        public String label(Language language) {
            if (messageKey != null) {
                return Messages.text(language, messageKey);
            }
            return language == Language.ARABIC ? arabicLabel : latinLabel;
        }
    }

    public List<Line> lines(ReportDimension dimension) {
        return breakdowns.getOrDefault(dimension, List.of());
    }

    /** True when nothing at all happened in the period under the filter: the page then says so instead of zeros. */
    public boolean isEmpty() {
        return totals.enrolments() == 0 && totals.certificates() == 0;
    }
}
