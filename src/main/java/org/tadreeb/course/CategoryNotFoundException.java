package org.tadreeb.course;

import org.tadreeb.platform.BusinessException;

/** No category has this code (the API answers 404). */
public class CategoryNotFoundException extends BusinessException {

    public CategoryNotFoundException(String code) {
        super(404, "category.error.notFound", code == null ? "" : code);
    }
}
