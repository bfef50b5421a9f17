package org.tadreeb.people.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tadreeb.people.NameFolding;
import org.tadreeb.people.Person;

/**
 * The columns a trainee file may hold, with the headers in both languages that name each of them. A header
 * matches when it equals an alias after folding (case, Arabic letter variants) and dropping spaces and
 * punctuation, so "Service number", "service_number" and "الرقم العسكري" all find {@link #SERVICE_NUMBER}.
 */
public enum TraineeColumn {
    SERVICE_NUMBER(true, Person.MAX_NUMBER, "service number", "service no", "number", "national number",
            "employee number", "id", "الرقم", "الرقم العسكري", "رقم الخدمة", "الرقم الوظيفي", "الرقم الوطني", "رقم"),
    NAME_ARABIC(true, Person.MAX_NAME, "arabic name", "name ar", "name arabic", "الاسم", "الاسم بالعربية",
            "الاسم بالعربي", "الاسم العربي", "الاسم الكامل"),
    NAME_LATIN(true, Person.MAX_NAME, "latin name", "english name", "name en", "name latin", "name english", "name",
            "الاسم بالإنجليزية", "الاسم بالانجليزي", "الاسم باللاتينية", "الاسم اللاتيني", "الاسم الإنجليزي"),
    RANK(false, 100, "rank", "الرتبة"),
    ORGANISATION(false, 200, "organisation", "organization", "organisation code", "org", "employer", "الجهة",
            "جهة العمل", "المؤسسة"),
    UNIT(false, Person.MAX_UNIT, "unit", "department", "section", "الوحدة", "القسم"),
    GOVERNORATE(false, 100, "governorate", "province", "المحافظة"),
    GENDER(false, 20, "gender", "sex", "الجنس", "النوع"),
    PHONE(false, Person.MAX_PHONE, "phone", "phone number", "mobile", "telephone", "الهاتف", "رقم الهاتف", "الجوال",
            "الموبايل", "رقم الجوال"),
    EMAIL(false, Person.MAX_EMAIL, "email", "e-mail", "email address", "mail", "البريد الإلكتروني", "البريد",
            "الايميل"),
    LANGUAGE(false, 20, "language", "preferred language", "lang", "اللغة", "اللغة المفضلة");

    private final boolean required;
    private final int maxLength;
    private final List<String> aliases;

    TraineeColumn(boolean required, int maxLength, String... aliases) {
        this.required = required;
        this.maxLength = maxLength;
        this.aliases = Arrays.stream(aliases).map(TraineeColumn::compact).toList();
    }

    public boolean isRequired() {
        return required;
    }

    public int maxLength() {
        return maxLength;
    }

    public String messageKey() {
        return "import.column." + name();
    }

    /** Whether a file's header names this column. */
    public boolean isNamedBy(String header) {
        String compact = compact(header);
        return !compact.isEmpty() && (aliases.contains(compact) || compact.equals(compact(name())));
    }

    /** A header folded, without spaces, underscores, dashes, dots or brackets. */
    public static String compact(String header) {
        return NameFolding.fold(header).toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.()\\[\\]/:]", "");
    }
}
