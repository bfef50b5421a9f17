package org.tadreeb.platform.i18n;

import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of Tadreeb in both languages, from {@code org/tadreeb/i18n/messages_ar.properties} and
 * {@code messages_en.properties} (UTF-8). Faces pages read the same bundle as {@code #{msg[...]}}.
 */
public final class Messages {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static final String BUNDLE = "org.tadreeb.i18n.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /** The text for a key, formatted with its arguments; the key itself if the bundle lacks it (tests catch that). */
    public static String text(Language language, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(readable(language, arguments));
    }

    /** Keys become text; dates and times are written the same way in both languages (MessageFormat knows neither). */
    private static Object[] readable(Language language, Object[] arguments) {
        Object[] readable = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument instanceof MessageKey key) {
                readable[i] = text(language, key.key());
            } else if (argument instanceof BilingualText text) {
                readable[i] = text.in(language);
            } else if (argument instanceof LocalDateTime dateTime) {
                readable[i] = DATE_TIME.format(dateTime);
            } else if (argument instanceof TemporalAccessor) {
                readable[i] = argument.toString();
            } else {
                readable[i] = argument;
            }
        }
        return readable;
    }
}
