package org.tadreeb.people.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.tadreeb.platform.i18n.CurrentLanguage;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.LanguageFilter;
import org.tadreeb.platform.i18n.LanguageResolver;
import org.tadreeb.people.signin.SignInService;
import org.tadreeb.platform.security.SignedInCaller;
import org.tadreeb.platform.security.TadreebAuthenticationMechanism;

/** Backs {@code /login.xhtml}. */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    @Inject
    SignInService signInService;

    @Inject
    CurrentLanguage language;

    private String username;
    private String password;

    public String signIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> {
                SignedInCaller caller = TadreebAuthenticationMechanism.signedInCaller(request).orElseThrow();
                keepLanguageChoice(request, response, caller);
                external.redirect(request.getContextPath()
                        + TadreebAuthenticationMechanism.takeReturnTarget(request, caller.homePath()));
                facesContext.responseComplete();
            }
            case SEND_CONTINUE -> facesContext.responseComplete();
            default -> facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    language.text("signIn.error.failed"), null));
        }
        return null;
    }

    /**
     * A language chosen in this browser before signing in sticks and becomes the account's; otherwise the
     * account's own preference is remembered by the browser from now on.
     */
    private void keepLanguageChoice(HttpServletRequest request, HttpServletResponse response, SignedInCaller caller) {
        Optional<Language> browserChoice = LanguageResolver.rememberedChoice(request);
        if (browserChoice.isPresent()) {
            if (browserChoice.get() != caller.preferredLanguage()) {
                signInService.remember(caller.username(), browserChoice.get());
            }
        } else {
            response.addCookie(LanguageFilter.languageCookie(request, caller.preferredLanguage()));
        }
    }

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
