package org.tadreeb.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.audit.AuditLog;

/**
 * The year's targets (trainees trained, certificates issued, training hours delivered) and how far the year has
 * come: the achieved figures are the training report's for the calendar year to date.
 */
@ApplicationScoped
public class AnnualTargets {

    public static final long MAX_TARGET = 100_000_000L;

    public enum Measure {
        TRAINEES, CERTIFICATES, HOURS;

        public String messageKey() {
            return "targets.measure." + name();
        }

        BigDecimal of(TrainingFigures figures) {
            return switch (this) {
                case TRAINEES -> BigDecimal.valueOf(figures.trainees());
                case CERTIFICATES -> BigDecimal.valueOf(figures.certificates());
                case HOURS -> figures.hours();
            };
        }
    }

    /** One measure's target (null when none is set) and what the year achieved so far. */
    public record Progress(Measure measure, Long target, BigDecimal achieved) implements Serializable {

        /** Percent of the target reached, whole, capped at 100 for the bar; null without a target. */
        public Integer percent() {
            if (target == null || target == 0) {
                return null;
            }
            return achieved.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(target), 0, RoundingMode.DOWN)
                    .min(BigDecimal.valueOf(100)).intValue();
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    TrainingReports reports;

    @Inject
    CentreClock clock;

    @Inject
    AuditLog audit;

    @Transactional
    public Map<Measure, Long> targets(int year) {
        Map<Measure, Long> targets = new EnumMap<>(Measure.class);
        for (Object row : entityManager.createNativeQuery(
                "SELECT measure, target_value FROM annual_target WHERE target_year = ?1").setParameter(1, year)
                .getResultList()) {
            Object[] values = (Object[]) row;
            targets.put(Measure.valueOf((String) values[0]), ((Number) values[1]).longValue());
        }
        return targets;
    }

    /** This year's progress on each measure, targets set or not. */
    @Transactional
    public List<Progress> thisYear() {
        int year = clock.today().getYear();
        Map<Measure, Long> targets = targets(year);
        TrainingFigures figures = reports.report(TrainingReportFilter.yearToDate(clock.today()), List.of()).totals();
        List<Progress> progress = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            progress.add(new Progress(measure, targets.get(measure), measure.of(figures)));
        }
        return progress;
    }

    /** Sets a year's targets (an empty one removes it), each change audited; answers how many changed. */
    @Transactional
    public int set(String actor, int year, Map<Measure, Long> wanted) {
        List<FieldError> errors = new ArrayList<>();
        wanted.forEach((measure, value) -> {
            if (value != null && (value < 0 || value > MAX_TARGET)) {
                errors.add(new FieldError("target-" + measure.name(), "targets.error.range", MAX_TARGET));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<Measure, Long> before = targets(year);
        int changed = 0;
        for (Measure measure : Measure.values()) {
            Long value = wanted.get(measure);
            Long old = before.get(measure);
            if (java.util.Objects.equals(old, value)) {
                continue;
            }
            entityManager.createNativeQuery("DELETE FROM annual_target WHERE target_year = ?1 AND measure = ?2")
                    .setParameter(1, year).setParameter(2, measure.name()).executeUpdate();
            if (value != null) {
                entityManager.createNativeQuery("INSERT INTO annual_target (target_year, measure, target_value, "
                                + "updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, year).setParameter(2, measure.name()).setParameter(3, value)
                        .setParameter(4, Timestamp.valueOf(clock.now())).setParameter(5, actor).executeUpdate();
            }
            audit.record("ANNUAL_TARGET_CHANGED", "AnnualTarget", year + "/" + measure.name(),
                    old == null ? null : old.toString(), value == null ? null : value.toString());
            changed++;
        }
        return changed;
    }
}
