package org.tadreeb.course;

import org.tadreeb.platform.BusinessException;

/** No course has this code (the API answers 404). */
public class CourseNotFoundException extends BusinessException {

    public CourseNotFoundException(String code) {
        super(404, "course.error.notFound", code);
    }
}
