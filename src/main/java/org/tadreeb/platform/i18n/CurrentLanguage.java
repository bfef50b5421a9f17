package org.tadreeb.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The language of the request being served, for pages ({@code #{language...}}) and services alike. */
@Named("language")
@RequestScoped
public class CurrentLanguage {

    @Inject
    HttpServletRequest request;

    private Language language;

    public Language get() {
        if (language == null) {
            language = LanguageResolver.resolve(request);
        }
        return language;
    }

    public Locale getLocale() {
        return get().locale();
    }

    public String getCode() {
        return get().code();
    }

    public String getDirection() {
        return get().direction();
    }

    public boolean isRightToLeft() {
        return get().isRightToLeft();
    }

    public String getOtherCode() {
        return get().other().code();
    }

    /** The current page's address in the other language, keeping its other query parameters. */
    public String getSwitchUrl() {
        StringBuilder url = new StringBuilder(request.getRequestURI()).append('?');
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith(LanguageResolver.PARAMETER + "=")) {
                    url.append(pair).append('&');
                }
            }
        }
        return url.append(LanguageResolver.PARAMETER).append('=').append(get().other().code()).toString();
    }

    public String text(String key, Object... arguments) {
        return Messages.text(get(), key, arguments);
    }
}
