package org.tadreeb.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tadreeb.course.Course;
import org.tadreeb.course.CourseCatalogue;

/** The courses for the pages' drop-downs ({@code #{courseLists.courses}}), read once per request. */
@Named
@RequestScoped
public class CourseLists {

    @Inject
    CourseCatalogue catalogue;

    private List<Course> courses;

    /** Courses that are not archived. */
    public List<Course> getCourses() {
        if (courses == null) {
            courses = catalogue.activeCourses();
        }
        return courses;
    }
}
