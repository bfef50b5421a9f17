/**
 * The catalogue: courses with their categories, delivery mode, prerequisites and assessment scheme, the
 * administrators' changes to them ({@link org.tadreeb.course.CourseService}, audited), and the public catalogue's
 * search and course pages ({@link org.tadreeb.course.CourseCatalogue}). Pages are in {@code web/}, the
 * {@code /api/v1/courses} resource in {@code api/}.
 */
package org.tadreeb.course;
