package org.tadreeb.course;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.tadreeb.people.ListEntry;

/**
 * A heading of the catalogue (community-policing fundamentals, problem solving, youth and schools...): a managed
 * list, seeded by migration V6. Every course belongs to one; the public catalogue filters by it.
 */
@Entity
@Table(name = "course_category")
public class Category extends ListEntry {

    protected Category() {
    }

    public Category(String code, String nameArabic, String nameEnglish, int sortOrder) {
        super(code, nameArabic, nameEnglish, sortOrder);
    }
}
