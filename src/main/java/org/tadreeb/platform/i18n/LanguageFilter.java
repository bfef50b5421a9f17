package org.tadreeb.platform.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Settles each request's language before anything renders, and remembers an explicit choice
 * ({@code ?lang=ar|en}): in a cookie for the browser and, when someone is signed in, on their account.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class LanguageFilter extends HttpFilter {

    @Inject
    LanguagePreferences accountPreferences;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Language> explicit = LanguageResolver.explicitChoice(request);
        if (explicit.isPresent() && request.getDispatcherType() == DispatcherType.REQUEST) {
            remember(request, response, explicit.get());
        }
        LanguageResolver.resolve(request);
        chain.doFilter(request, response);
    }

    private void remember(HttpServletRequest request, HttpServletResponse response, Language language) {
        if (LanguageResolver.rememberedChoice(request).orElse(null) != language) {
            response.addCookie(languageCookie(request, language));
        }
        if (request.getUserPrincipal() != null) {
            accountPreferences.remember(request.getUserPrincipal().getName(), language);
        }
    }

    public static Cookie languageCookie(HttpServletRequest request, Language language) {
        Cookie cookie = new Cookie(LanguageResolver.COOKIE, language.code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
