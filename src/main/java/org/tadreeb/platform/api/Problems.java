package org.tadreeb.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.LanguageResolver;
import org.tadreeb.platform.i18n.Messages;

/**
 * Errors of the API as {@code application/problem+json} (RFC 9457), worded in the caller's language.
 * {@code type} names the problem by its message key, {@code title} and {@code detail} are for people.
 */
@ApplicationScoped
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BEARER_CHALLENGE = "Bearer realm=\"tadreeb\"";

    public JsonObject body(Language language, int status, String messageKey, Object... arguments) {
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", "/problems/" + messageKey)
                .add("title", Messages.text(language, "problem.status." + status))
                .add("status", status)
                .add("detail", Messages.text(language, messageKey, arguments))
                .add("code", messageKey);
        return problem.build();
    }

    public Response response(HttpServletRequest request, int status, String messageKey, Object... arguments) {
        Language language = LanguageResolver.resolve(request);
        return build(language, status, body(language, status, messageKey, arguments));
    }

    /** The problem a broken business rule makes, with the fields at fault when there are any. */
    public Response of(HttpServletRequest request, BusinessException exception) {
        if (exception instanceof InvalidInputException invalid) {
            return invalid(request, invalid);
        }
        return response(request, exception.httpStatus(), exception.messageKey(), exception.arguments());
    }

    /** A 422 whose {@code errors} member names each field that is wrong, with the reason in the caller's language. */
    public Response invalid(HttpServletRequest request, InvalidInputException invalid) {
        Language language = LanguageResolver.resolve(request);
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (FieldError error : invalid.errors()) {
            errors.add(Json.createObjectBuilder()
                    .add("field", error.field())
                    .add("code", error.messageKey())
                    .add("detail", Messages.text(language, error.messageKey(), error.arguments().toArray())));
        }
        JsonObject body = Json.createObjectBuilder(body(language, invalid.httpStatus(), invalid.messageKey(), invalid.arguments()))
                .add("errors", errors)
                .build();
        return build(language, invalid.httpStatus(), body);
    }

    private static Response build(Language language, int status, JsonObject body) {
        Response.ResponseBuilder response = Response.status(status)
                .type(MEDIA_TYPE)
                .header("Content-Language", language.code())
                .entity(body.toString());
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.header("WWW-Authenticate", BEARER_CHALLENGE);
        }
        return response.build();
    }

    /** For code that runs before JAX-RS (the authentication mechanism). */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey)
            throws IOException {
        Language language = LanguageResolver.resolve(request);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Language", language.code());
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", BEARER_CHALLENGE);
        }
        response.getWriter().write(body(language, status, messageKey).toString());
        response.flushBuffer();
    }

}
