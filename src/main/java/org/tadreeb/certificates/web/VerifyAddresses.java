package org.tadreeb.certificates.web;

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
 * The public verification addresses: {@code /verify} shows the form ({@code /verify.xhtml}) and
 * {@code /verify/CPTC-2026-000001?code=...} (what the QR code holds) its answer, by a forward (the address stays).
 */
@WebFilter(urlPatterns = {"/verify", "/verify/*"}, dispatcherTypes = DispatcherType.REQUEST)
public class VerifyAddresses extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern NUMBER = Pattern.compile("^[A-Za-z0-9-]{1,40}$");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String rest = path.startsWith("/verify/") ? path.substring("/verify/".length()) : "";
        if (rest.isEmpty()) {
            String query = request.getQueryString();
            request.getRequestDispatcher("/verify.xhtml" + (query == null ? "" : "?" + query)).forward(request, response);
            return;
        }
        if (!NUMBER.matcher(rest).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String code = request.getParameter("code");
        String lang = request.getParameter("lang");
        request.getRequestDispatcher("/verify.xhtml?number=" + URLEncoder.encode(rest, StandardCharsets.UTF_8)
                + (code == null ? "" : "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
                + (lang == null ? "" : "&lang=" + URLEncoder.encode(lang, StandardCharsets.UTF_8))).forward(request, response);
    }
}
