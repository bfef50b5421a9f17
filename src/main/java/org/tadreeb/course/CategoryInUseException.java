package org.tadreeb.course;

import org.tadreeb.platform.BusinessException;

/**
 * A category that courses still use cannot be deleted: they would lose their heading in the catalogue. The
 * message names how many courses (archived ones included) use it; the API answers 409.
 */
public class CategoryInUseException extends BusinessException {

    public CategoryInUseException(String code, long courses) {
        super(409, "category.error.inUse", code, courses);
    }
}
