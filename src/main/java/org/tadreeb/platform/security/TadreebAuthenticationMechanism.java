package org.tadreeb.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tadreeb.platform.api.Problems;
import org.tadreeb.platform.i18n.LanguageResolver;

/**
 * The one way callers prove who they are.
 *
 * <ul>
 *   <li>The API ({@code /api/...}) takes a bearer token on every request and never a session, so a browser's
 *       cookie cannot be used against it.</li>
 *   <li>Pages take the sign-in form (through {@code SecurityContext.authenticate}); the proven caller then lives
 *       in the HTTP session, whose id is changed at sign-in. A session ends after 30 minutes idle (web.xml) and
 *       after {@code tadreeb.security.session.max-hours} in all.</li>
 *   <li>An anonymous visit to a protected page is sent to the sign-in page, which returns there afterwards.</li>
 * </ul>
 */
@ApplicationScoped
public class TadreebAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "tadreeb.caller";
    static final String SESSION_SIGNED_IN_AT = "tadreeb.signedInAt";
    static final String SESSION_RETURN_TO = "tadreeb.returnTo";
    static final String SESSION_CHECKED_AT = "tadreeb.checkedAt";
    /**
     * How often a session's account is read again, so that deactivation and role changes reach live sessions
     * served by other instances; on the instance where the change was made they take effect at once.
     */
    public static final Duration RECHECK_EVERY = Duration.ofSeconds(30);
    public static final String SIGN_IN_PAGE = "/login.xhtml";

    @Inject
    Callers callers;

    @Inject
    Problems problems;

    @Inject
    @ConfigProperty(name = "tadreeb.security.session.max-hours", defaultValue = "12")
    int sessionMaxHours;

    /** Sessions checked before this instant are checked again on their next request. */
    private volatile Instant callersChangedAt = Instant.EPOCH;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential usernamePassword) {
            return signIn(request, context, usernamePassword);
        }
        Optional<SignedInCaller> caller = callerOfSession(request);
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(caller.get().username(), caller.get().groups());
        }
        if (context.isProtected()) {
            return sendToSignIn(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return context.doNothing();
        }
        Optional<SignedInCaller> caller = callers.bearer(authorization.substring(7).strip());
        if (caller.isEmpty()) {
            try {
                problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.error.invalidToken");
            } catch (IOException clientGone) {
                // nothing left to tell the client
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(caller.get().username(), caller.get().groups());
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                        UsernamePasswordCredential credential) {
        Optional<SignedInCaller> caller = callers.signIn(credential.getCaller(), credential.getPassword().getValue());
        if (caller.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        keep(session, caller.get());
        session.setAttribute(SESSION_SIGNED_IN_AT, Instant.now());
        session.setAttribute(SESSION_CHECKED_AT, Instant.now());
        return context.notifyContainerAboutLogin(caller.get().username(), caller.get().groups());
    }

    private Optional<SignedInCaller> callerOfSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_CALLER) instanceof SignedInCaller caller)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Instant signedInAt = (Instant) session.getAttribute(SESSION_SIGNED_IN_AT);
        if (signedInAt == null || signedInAt.plus(Duration.ofHours(sessionMaxHours)).isBefore(now)) {
            session.invalidate();
            return Optional.empty();
        }
        Instant checkedAt = (Instant) session.getAttribute(SESSION_CHECKED_AT);
        if (checkedAt == null || checkedAt.plus(RECHECK_EVERY).isBefore(now) || !checkedAt.isAfter(callersChangedAt)) {
            Optional<SignedInCaller> current = callers.current(caller.username());
            if (current.isEmpty()) {
                session.invalidate();
                return Optional.empty();
            }
            keep(session, current.get());
            session.setAttribute(SESSION_CHECKED_AT, now);
            return current;
        }
        return Optional.of(caller);
    }

    void checkSessionsAgain(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallersChanged changed) {
        callersChangedAt = Instant.now();
    }

    private AuthenticationStatus sendToSignIn(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        if ("GET".equals(request.getMethod())) {
            String target = request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                target += "?" + request.getQueryString();
            }
            request.getSession(true).setAttribute(SESSION_RETURN_TO, target);
        }
        return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
    }

    /** Where the sign-in page should go next: the page that sent the caller there, else the caller's home. */
    public static String takeReturnTarget(HttpServletRequest request, String homePath) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(SESSION_RETURN_TO);
        if (session != null) {
            session.removeAttribute(SESSION_RETURN_TO);
        }
        if (saved instanceof String target && target.startsWith("/") && !target.startsWith("//")) {
            return target;
        }
        return homePath;
    }

    private static void keep(HttpSession session, SignedInCaller caller) {
        session.setAttribute(SESSION_CALLER, caller);
        LanguageResolver.keepAccountPreference(session, caller.preferredLanguage());
    }

    public static Optional<SignedInCaller> signedInCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_CALLER) instanceof SignedInCaller caller
                ? Optional.of(caller) : Optional.empty();
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }
}
