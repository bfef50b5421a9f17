package org.tadreeb.platform.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;

/** Turns every failure of the API into problem+json in the caller's language; never a stack trace. */
public final class ApiExceptionMappers {

    private ApiExceptionMappers() {
    }

    @Provider
    public static class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

        @Context
        HttpServletRequest request;

        @Inject
        Problems problems;

        @Override
        public Response toResponse(BusinessException exception) {
            return problems.of(request, exception);
        }
    }

    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

        @Context
        HttpServletRequest request;

        @Inject
        Problems problems;

        @Override
        public Response toResponse(WebApplicationException exception) {
            int status = exception.getResponse().getStatus();
            String key = switch (status) {
                case 400 -> "api.error.badRequest";
                case 401 -> "api.error.unauthenticated";
                case 403 -> "api.error.forbidden";
                case 404 -> "api.error.notFound";
                case 405 -> "api.error.methodNotAllowed";
                case 406, 415 -> "api.error.unsupportedMediaType";
                default -> status >= 500 ? "api.error.server" : "api.error.badRequest";
            };
            if (exception instanceof NotFoundException) {
                key = "api.error.notFound";
            }
            return problems.response(request, status, key);
        }
    }

    @Provider
    public static class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

        private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

        @Context
        HttpServletRequest request;

        @Inject
        Problems problems;

        @Override
        public Response toResponse(Exception exception) {
            BusinessException business = BusinessExceptions.find(exception);
            if (business != null) {
                return problems.of(request, business);
            }
            if (BusinessExceptions.isMalformedInput(exception)) {
                return problems.response(request, 400, "api.error.malformedBody");
            }
            LOG.log(Level.SEVERE, "Unexpected failure of " + request.getMethod() + " " + request.getRequestURI(), exception);
            return problems.response(request, 500, "api.error.server");
        }
    }
}
