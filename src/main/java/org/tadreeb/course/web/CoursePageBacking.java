package org.tadreeb.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.tadreeb.course.CourseCatalogue;
import org.tadreeb.course.CourseView;
import org.tadreeb.course.UpcomingCohort;
import org.tadreeb.platform.CentreClock;

/** Backs the public course page, {@code /courses/{code}} (forwarded to {@code /courses/course.xhtml?code=}). */
@Named
@RequestScoped
public class CoursePageBacking {

    @Inject
    CourseCatalogue catalogue;

    @Inject
    CentreClock clock;

    @Inject
    FacesContext facesContext;

    private String code;
    private CourseView course;
    private List<UpcomingCohort> upcoming = List.of();

    /** Reads the course; an unknown code answers 404. */
    public void load() throws IOException {
        course = catalogue.view(code).orElse(null);
        if (course == null) {
            facesContext.getExternalContext().responseSendError(404, "");
            facesContext.responseComplete();
            return;
        }
        upcoming = catalogue.upcomingCohorts(course.code(), clock.today());
    }

    public CourseView getCourse() {
        return course;
    }

    public List<UpcomingCohort> getUpcoming() {
        return upcoming;
    }

    public java.time.LocalDate getToday() {
        return clock.today();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
