package org.tadreeb.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A catalogue entry of the centre: a code, a bilingual title and summary, and the contact hours a
 * trainee spends in it. Cohorts deliver it. (The catalogue issue adds categories, prerequisites and the
 * assessment scheme.)
 */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, unique = true)
    private String code;

    @Column(name = "title_ar", nullable = false, length = 200)
    private String titleArabic;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEnglish;

    @Column(name = "summary_ar", length = 2000)
    private String summaryArabic;

    @Column(name = "summary_en", length = 2000)
    private String summaryEnglish;

    @Column(name = "contact_hours", nullable = false)
    private int contactHours;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Course() {
    }

    public Course(String code, String titleArabic, String titleEnglish, int contactHours) {
        if (code == null || code.isBlank() || titleArabic == null || titleArabic.isBlank()
                || titleEnglish == null || titleEnglish.isBlank()) {
            throw new IllegalArgumentException("A course needs a code and a title in both languages");
        }
        if (contactHours <= 0) {
            throw new IllegalArgumentException("A course needs a positive number of contact hours");
        }
        this.code = code.strip().toUpperCase(Locale.ROOT);
        this.titleArabic = titleArabic.strip();
        this.titleEnglish = titleEnglish.strip();
        this.contactHours = contactHours;
        this.createdAt = Instant.now();
    }

    public void describe(String summaryArabic, String summaryEnglish) {
        this.summaryArabic = summaryArabic;
        this.summaryEnglish = summaryEnglish;
    }

    public String title(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? titleArabic : titleEnglish;
    }

    public String summary(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? summaryArabic : summaryEnglish;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitleArabic() {
        return titleArabic;
    }

    public String getTitleEnglish() {
        return titleEnglish;
    }

    public int getContactHours() {
        return contactHours;
    }

    public boolean isArchived() {
        return archived;
    }
}
