package org.tadreeb.platform.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides a request's language, first match wins: an explicit {@code ?lang=}, the browser's remembered choice
 * (a cookie), the signed-in account's preference, the browser's {@code Accept-Language}, and else Arabic.
 */
public final class LanguageResolver {

    public static final String COOKIE = "tadreeb_lang";
    public static final String PARAMETER = "lang";
    static final String REQUEST_ATTRIBUTE = "tadreeb.language";
    /** The signed-in account's preference, kept in the session by whoever signs people in. */
    static final String SESSION_PREFERENCE = "tadreeb.preferredLanguage";

    private LanguageResolver() {
    }

    public static Language resolve(HttpServletRequest request) {
        if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof Language decided) {
            return decided;
        }
        Language language = explicitChoice(request)
                .or(() -> rememberedChoice(request))
                .or(() -> accountPreference(request))
                .or(() -> acceptLanguage(request))
                .orElse(Language.DEFAULT);
        request.setAttribute(REQUEST_ATTRIBUTE, language);
        return language;
    }

    public static Optional<Language> explicitChoice(HttpServletRequest request) {
        return Language.fromCode(request.getParameter(PARAMETER));
    }

    /** Keeps a signed-in account's preferred language with its session (done at sign-in and on each recheck). */
    public static void keepAccountPreference(HttpSession session, Language preferred) {
        session.setAttribute(SESSION_PREFERENCE, preferred);
    }

    private static Optional<Language> accountPreference(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_PREFERENCE) instanceof Language preferred
                ? Optional.of(preferred) : Optional.empty();
    }

    public static Optional<Language> rememberedChoice(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Language.fromCode(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<Language> acceptLanguage(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        Enumeration<Locale> locales = request.getLocales();
        while (locales.hasMoreElements()) {
            Optional<Language> language = Language.fromCode(locales.nextElement().getLanguage());
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }
}
