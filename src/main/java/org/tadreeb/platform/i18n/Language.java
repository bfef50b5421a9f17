package org.tadreeb.platform.i18n;

import java.util.Locale;
import java.util.Optional;

/** The two languages of every screen, e-mail and PDF. Arabic is the default and is written right to left. */
public enum Language {
    ARABIC("ar", "rtl"),
    ENGLISH("en", "ltr");

    private final String code;
    private final String direction;

    Language(String code, String direction) {
        this.code = code;
        this.direction = direction;
    }

    public static final Language DEFAULT = ARABIC;

    public String code() {
        return code;
    }

    /** The HTML {@code dir} of text in this language. */
    public String direction() {
        return direction;
    }

    public boolean isRightToLeft() {
        return "rtl".equals(direction);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The other language, for the switch shown on every page. */
    public Language other() {
        return this == ARABIC ? ENGLISH : ARABIC;
    }

    /** The language for a code such as {@code ar}, {@code en} or {@code en-GB}; empty for anything else. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String primary = code.strip().toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash > 0) {
            primary = primary.substring(0, dash);
        }
        for (Language language : values()) {
            if (language.code.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
