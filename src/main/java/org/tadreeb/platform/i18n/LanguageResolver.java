package org.tadreeb.platform.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import org.tadreeb.platform.security.TadreebAuthenticationMechanism;

/**
 * Decides a request's language, first match wins: an explicit {@code ?lang=}, the browser's remembered choice
 * (a cookie), the signed-in account's preference, the browser's {@code Accept-Language}, and else Arabic.
 */
public final class LanguageResolver {

    public static final String COOKIE = "tadreeb_lang";
    public static final String PARAMETER = "lang";
    static final String REQUEST_ATTRIBUTE = "tadreeb.language";

    private LanguageResolver() {
    }

    public static Language resolve(HttpServletRequest request) {
        if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof Language decided) {
            return decided;
        }
        Language language = explicitChoice(request)
                .or(() -> rememberedChoice(request))
                .or(() -> TadreebAuthenticationMechanism.signedInCaller(request).map(c -> c.preferredLanguage()))
                .or(() -> acceptLanguage(request))
                .orElse(Language.DEFAULT);
        request.setAttribute(REQUEST_ATTRIBUTE, language);
        return language;
    }

    public static Optional<Language> explicitChoice(HttpServletRequest request) {
        return Language.fromCode(request.getParameter(PARAMETER));
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
