package org.tadreeb.cohort.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Optional;
import org.tadreeb.cohort.CohortDirectory;
import org.tadreeb.cohort.CohortView;
import org.tadreeb.platform.i18n.CurrentLanguage;

/**
 * Which cohort {@code /admin/cohorts/cohort.xhtml} shows, read once per view: the cohort named by the {@code code}
 * view parameter (404 if there is none such), or none while a new one is planned ({@code course} preselects its
 * course). Its forms are {@link CohortPlanForm}, {@link CohortMeetingForm} and {@link WeeklyPatternForm}; the moves
 * of its life are {@link CohortLifecycleActions}. Completed and cancelled cohorts are shown read-only.
 */
@Named
@ViewScoped
public class CohortPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CohortDirectory directory;

    @Inject
    transient CurrentLanguage language;

    @Inject
    transient FacesContext facesContext;

    private String code;
    private String preselectedCourse;
    private CohortView view;

    /** Reads the cohort named by the {@code code} view parameter, or answers 404 if there is none such. */
    public void load() throws IOException {
        if (code != null && !code.isBlank()) {
            Optional<CohortView> found = directory.view(code);
            if (found.isEmpty()) {
                facesContext.getExternalContext().responseSendError(404, "");
                facesContext.responseComplete();
                return;
            }
            view = found.get();
            code = view.code();
        }
    }

    /** The page of the cohort again, after a redirect: what a successful form or move answers. */
    static String reopen(String code) {
        return "/admin/cohorts/cohort.xhtml?faces-redirect=true&code=" + code;
    }

    public String getPageTitle() {
        return isExisting() ? language.text("cohort.editTitle", code) : language.text("cohort.planTitle");
    }

    public String dayName(DayOfWeek day) {
        return day == null ? "" : day.getDisplayName(TextStyle.FULL, language.getLocale());
    }

    public boolean isExisting() {
        return view != null;
    }

    /** Planning, or a cohort still live: completed and cancelled cohorts are history. */
    public boolean isEditable() {
        return view == null || view.editable();
    }

    public CohortView getView() {
        return view;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPreselectedCourse() {
        return preselectedCourse;
    }

    public void setPreselectedCourse(String preselectedCourse) {
        this.preselectedCourse = preselectedCourse;
    }
}
