package org.tadreeb.course.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The public catalogue's short addresses: {@code /catalogue} shows {@code /catalogue.xhtml} and
 * {@code /courses/CP101} shows {@code /courses/course.xhtml?code=CP101}, by a forward (the address stays).
 */
@WebFilter(urlPatterns = {"/catalogue", "/catalogue/", "/courses/*"}, dispatcherTypes = DispatcherType.REQUEST)
public class PublicAddresses extends HttpFilter {

    private static final Pattern COURSE_CODE = Pattern.compile("^[A-Za-z0-9-]{1,20}$");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/catalogue") || path.equals("/catalogue/")) {
            request.getRequestDispatcher("/catalogue.xhtml").forward(request, response);
            return;
        }
        String rest = path.startsWith("/courses/") ? path.substring("/courses/".length()) : "";
        if (rest.endsWith(".xhtml") || rest.startsWith("jakarta.faces.resource")) {
            chain.doFilter(request, response);
            return;
        }
        if (!COURSE_CODE.matcher(rest).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String query = request.getQueryString();
        request.getRequestDispatcher("/courses/course.xhtml?code=" + URLEncoder.encode(rest, StandardCharsets.UTF_8)
                + (query == null ? "" : "&" + query)).forward(request, response);
    }
}
