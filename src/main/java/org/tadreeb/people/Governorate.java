package org.tadreeb.people;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Where a person serves or an organisation sits; reports break figures down by it. A managed list. */
@Entity
@Table(name = "governorate")
public class Governorate extends ListEntry {

    protected Governorate() {
    }

    public Governorate(String code, String nameArabic, String nameEnglish, int sortOrder) {
        super(code, nameArabic, nameEnglish, sortOrder);
    }
}
