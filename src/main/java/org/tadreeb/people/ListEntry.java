package org.tadreeb.people;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Locale;
import java.util.Objects;
import org.tadreeb.platform.Code;

/** An entry of a managed list (governorates, ranks): a code and a name in each language, in a set order. */
@MappedSuperclass
public abstract class ListEntry {

    @Id
    @Column(length = 20)
    private String code;

    @Column(name = "name_ar", nullable = false, length = 100)
    private String nameArabic;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEnglish;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ListEntry() {
    }

    protected ListEntry(String code, String nameArabic, String nameEnglish, int sortOrder) {
        this.code = Code.normalise(Objects.requireNonNull(code));
        this.nameArabic = Objects.requireNonNull(nameArabic).strip();
        this.nameEnglish = Objects.requireNonNull(nameEnglish).strip();
        this.sortOrder = sortOrder;
    }

    /** Gives the entry new names in both languages; its code never changes. */
    public void rename(String nameArabic, String nameEnglish) {
        if (nameArabic == null || nameArabic.isBlank() || nameEnglish == null || nameEnglish.isBlank()) {
            throw new IllegalArgumentException("A list entry needs a name in both languages");
        }
        this.nameArabic = nameArabic.strip();
        this.nameEnglish = nameEnglish.strip();
    }

    /** Puts the entry at a place in its list's order (lower comes first). */
    public void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameArabic : nameEnglish;
    }

    /** Whether a text names this entry: its code or either name, ignoring case and Arabic letter variants. */
    public boolean isNamed(String text) {
        return NameFolding.sameAsAny(text, code, nameArabic, nameEnglish);
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

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && Objects.equals(code, ((ListEntry) other).code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
