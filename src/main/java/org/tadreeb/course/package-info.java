/**
 * The catalogue: courses with their categories, delivery mode, prerequisites and assessment scheme, the
 * administrators' changes to them and to the categories ({@link org.tadreeb.course.CourseService},
 * {@link org.tadreeb.course.CategoryService}, audited), and the public catalogue's
 * search and course pages ({@link org.tadreeb.course.CourseCatalogue}). Pages are in {@code web/}, the
 * {@code /api/v1/courses} and {@code /api/v1/categories} resources in {@code api/}.
 */
package org.tadreeb.course;
