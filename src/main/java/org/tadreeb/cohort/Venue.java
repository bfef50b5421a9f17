package org.tadreeb.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import org.tadreeb.people.Governorate;

/**
 * A training room the centre books for cohorts: where it is (governorate) and how many trainees it seats. A
 * cohort's seat limit never exceeds its venue's capacity, and a venue is never booked twice at the same time.
 * Retired venues keep their history but take no new cohorts.
 */
@Entity
@Table(name = "venue")
public class Venue {

    public static final int MAX_CODE = 20;
    public static final int MAX_NAME = 200;
    public static final int MAX_CAPACITY = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_CODE, unique = true)
    private String code;

    @Column(name = "name_ar", nullable = false, length = MAX_NAME)
    private String nameArabic;

    @Column(name = "name_en", nullable = false, length = MAX_NAME)
    private String nameEnglish;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "governorate_code")
    private Governorate governorate;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Venue() {
    }

    public Venue(String code, String nameArabic, String nameEnglish, Governorate governorate, int capacity) {
        this.code = VenueCode.of(Objects.requireNonNull(code)).value();
        describe(nameArabic, nameEnglish, governorate, capacity);
    }

    public void describe(String nameArabic, String nameEnglish, Governorate governorate, int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("A venue seats 1 to " + MAX_CAPACITY);
        }
        this.nameArabic = Objects.requireNonNull(nameArabic).strip();
        this.nameEnglish = Objects.requireNonNull(nameEnglish).strip();
        this.governorate = Objects.requireNonNull(governorate);
        this.capacity = capacity;
    }

    public void retire() {
        active = false;
    }

    public void reinstate() {
        active = true;
    }

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameArabic : nameEnglish;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameArabic() {
        return nameArabic;
    }

    public String getNameEnglish() {
        return nameEnglish;
    }

    /** Null only for venues carried over from free-text venues before venues were a managed list. */
    public Governorate getGovernorate() {
        return governorate;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return code + " (" + nameEnglish + ", " + (governorate == null ? "-" : governorate.getCode()) + ", " + capacity + ")";
    }
}
