package org.tadreeb.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tadreeb.reporting.CentreOverview;

/** Backs {@code /admin/index.xhtml}. */
@Named
@RequestScoped
public class AdminHomeBacking {

    @Inject
    CentreOverview overview;

    private CentreOverview.Figures figures;

    public CentreOverview.Figures getFigures() {
        if (figures == null) {
            figures = overview.figures();
        }
        return figures;
    }
}
