package org.tadreeb.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Someone the centre knows: a trainee, an instructor, an administrator or a partner's staff member,
 * identified by a service or national number and named in Arabic and in Latin script.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "service_number", nullable = false, length = 40, unique = true)
    private String serviceNumber;

    @Column(name = "name_ar", nullable = false, length = 200)
    private String nameArabic;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameLatin;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Person() {
    }

    public Person(String serviceNumber, String nameArabic, String nameLatin) {
        this.serviceNumber = requireText(serviceNumber, "service number");
        this.nameArabic = requireText(nameArabic, "Arabic name");
        this.nameLatin = requireText(nameLatin, "Latin name");
        this.createdAt = Instant.now();
    }

    public void changeContact(String email, String phone) {
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
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

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
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
