package org.tadreeb.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tadreeb.course.CourseCatalogue;
import org.tadreeb.course.CourseView;

/** Backs {@code /admin/courses/index.xhtml}: the courses in the catalogue, or the archived ones ({@code ?archived=true}). */
@Named
@RequestScoped
public class CoursesBacking {

    @Inject
    CourseCatalogue catalogue;

    private boolean archived;
    private List<CourseView> courses;

    public List<CourseView> getCourses() {
        if (courses == null) {
            courses = catalogue.all(archived);
        }
        return courses;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }
}
