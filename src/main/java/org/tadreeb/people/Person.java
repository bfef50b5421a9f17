package org.tadreeb.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.tadreeb.platform.i18n.Language;

/**
 * Someone the centre knows: a trainee, an instructor, an administrator or a partner's staff member,
 * identified by a service or national number and named in Arabic and in Latin script. A person exists before
 * and without an account (imports create people); an inactive person cannot sign in or be enrolled, and
 * keeps their history.
 */
@Entity
@Table(name = "person")
public class Person {

    public static final int MAX_NAME = 200;
    public static final int MAX_NUMBER = 40;
    public static final int MAX_UNIT = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PHONE = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "service_number", nullable = false, length = MAX_NUMBER, unique = true, updatable = false)
    private String serviceNumber;

    @Column(name = "name_ar", nullable = false, length = MAX_NAME)
    private String nameArabic;

    @Column(name = "name_en", nullable = false, length = MAX_NAME)
    private String nameLatin;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rank_code")
    private Rank rank;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(length = MAX_UNIT)
    private String unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "governorate_code")
    private Governorate governorate;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Gender gender;

    @Column(length = MAX_EMAIL, unique = true)
    private String email;

    @Column(length = MAX_PHONE)
    private String phone;

    @Column(name = "preferred_language", nullable = false, length = 5)
    private Language preferredLanguage;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "search_text", nullable = false, length = 700)
    private String searchText;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Person() {
    }

    public Person(String serviceNumber, String nameArabic, String nameLatin) {
        this.serviceNumber = normaliseNumber(serviceNumber);
        rename(nameArabic, nameLatin);
        this.preferredLanguage = Language.DEFAULT;
        this.active = true;
        this.createdAt = Instant.now();
    }

    /** Service numbers are compared without surrounding spaces and in upper case. */
    public static String normaliseNumber(String serviceNumber) {
        return ServiceNumber.of(serviceNumber).value();
    }

    public void rename(String nameArabic, String nameLatin) {
        this.nameArabic = requireText(nameArabic, "Arabic name");
        this.nameLatin = requireText(nameLatin, "Latin name");
    }

    public void placeIn(Organisation organisation, String unit, Governorate governorate) {
        this.organisation = organisation;
        this.unit = blankToNull(unit);
        this.governorate = governorate;
    }

    public void describe(Rank rank, Gender gender) {
        this.rank = rank;
        this.gender = gender;
    }

    public void changeContact(String email, String phone) {
        this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        this.phone = blankToNull(phone);
    }

    public void preferLanguage(Language language) {
        this.preferredLanguage = Objects.requireNonNull(language);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    @PrePersist
    @PreUpdate
    void refreshSearchText() {
        searchText = NameFolding.fold(nameArabic + " " + nameLatin + " " + serviceNumber);
    }

    /** The name in the script of the reader's language. */
    public String displayName(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameArabic : nameLatin;
    }

    public Long getId() {
        return id;
    }

    public String getServiceNumber() {
        return serviceNumber;
    }

    public String getNameArabic() {
        return nameArabic;
    }

    public String getNameLatin() {
        return nameLatin;
    }

    public Rank getRank() {
        return rank;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getUnit() {
        return unit;
    }

    public Governorate getGovernorate() {
        return governorate;
    }

    public Gender getGender() {
        return gender;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A person needs a " + what);
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Person that && Objects.equals(serviceNumber, that.serviceNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(serviceNumber);
    }
}
