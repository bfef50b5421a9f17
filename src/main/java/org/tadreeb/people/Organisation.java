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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;

/**
 * A trainee's employer: a police unit, a government department, a community organisation or an international
 * partner. Known by a short code (used in imports), named in both languages.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30, unique = true)
    private String code;

    @Column(name = "name_ar", nullable = false, length = 200)
    private String nameArabic;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEnglish;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, length = 30)
    private OrganisationType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "governorate_code")
    private Governorate governorate;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String code, String nameArabic, String nameEnglish, OrganisationType type) {
        this.code = requireText(code, "code").toUpperCase(Locale.ROOT);
        rename(nameArabic, nameEnglish);
        this.type = Objects.requireNonNull(type, "An organisation needs a type");
    }

    public void rename(String nameArabic, String nameEnglish) {
        this.nameArabic = requireText(nameArabic, "Arabic name");
        this.nameEnglish = requireText(nameEnglish, "English name");
    }

    public void classify(OrganisationType type, Governorate governorate) {
        this.type = Objects.requireNonNull(type);
        this.governorate = governorate;
    }

    public void changeContact(String name, String phone, String email) {
        this.contactName = blankToNull(name);
        this.contactPhone = blankToNull(phone);
        this.contactEmail = blankToNull(email);
    }

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameArabic : nameEnglish;
    }

    /** Whether a text names this organisation: its code or either name, ignoring case and letter variants. */
    public boolean isNamed(String text) {
        return NameFolding.sameAsAny(text, code, nameArabic, nameEnglish);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An organisation needs a " + what);
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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

    public OrganisationType getType() {
        return type;
    }

    public Governorate getGovernorate() {
        return governorate;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }
}
