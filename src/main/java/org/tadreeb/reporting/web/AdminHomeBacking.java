package org.tadreeb.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.web.Feedback;
import org.tadreeb.reporting.AnnualTargets;
import org.tadreeb.reporting.CentreOverview;

/** Backs {@code /admin/index.xhtml}. */
@Named
@RequestScoped
public class AdminHomeBacking {

    @Inject
    CentreOverview overview;

    @Inject
    AnnualTargets targets;

    @Inject
    CentreClock clock;

    @Inject
    Feedback feedback;

    @Inject
    HttpServletRequest request;

    private CentreOverview.Figures figures;
    private List<AnnualTargets.Progress> progress;
    private Map<AnnualTargets.Measure, Long> targetValues;

    public CentreOverview.Figures getFigures() {
        if (figures == null) {
            figures = overview.figures();
        }
        return figures;
    }

    public List<AnnualTargets.Progress> getProgress() {
        if (progress == null) {
            progress = targets.thisYear();
        }
        return progress;
    }

    public int getYear() {
        return clock.today().getYear();
    }

    /** The targets form's values: this year's targets, blank where none is set. */
    public Map<AnnualTargets.Measure, Long> getTargetValues() {
        if (targetValues == null) {
            targetValues = new EnumMap<>(AnnualTargets.Measure.class);
            targetValues.putAll(targets.targets(getYear()));
        }
        return targetValues;
    }

    public AnnualTargets.Measure[] getMeasures() {
        return AnnualTargets.Measure.values();
    }

    public String saveTargets() {
        try {
            int changed = targets.set(request.getRemoteUser(), getYear(), getTargetValues());
            feedback.done("targets.saved", changed);
            return "index?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            // Not the handler: each target's rule is listed at the top, with no summary line
            // (the repeated inputs carry no field's name).
            invalid.errors().forEach(error -> feedback.problem(error.messageKey(), error.arguments().toArray()));
            return null;
        }
    }
}
