package org.tadreeb.certificates.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tadreeb.certificates.SigningKey;

/** {@code /.well-known/jwks.json}: the public key that checks certificate credentials, as a JWK Set. */
@WebServlet("/.well-known/jwks.json")
public class JwksServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SigningKey key;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/jwk-set+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.getWriter().write(key.jwks());
    }
}
