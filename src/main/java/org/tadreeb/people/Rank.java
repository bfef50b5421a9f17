package org.tadreeb.people;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A police rank, or "civilian" for partner staff, shown beside a trainee's name. A managed list. */
@Entity
@Table(name = "police_rank")
public class Rank extends ListEntry {

    protected Rank() {
    }

    public Rank(String code, String nameArabic, String nameEnglish, int sortOrder) {
        super(code, nameArabic, nameEnglish, sortOrder);
    }
}
