package org.tadreeb.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.tadreeb.people.Role;
import org.tadreeb.platform.i18n.Language;

/**
 * A door for tests that run outside the server: {@code POST /testing/accounts?number=&username=&name=&lang=ar|en
 * [&email=][&organisation=][&roles=TRAINEE,INSTRUCTOR]} opens a person with an account ({@link TestAccounts#open};
 * the password is {@link TestAccounts#PASSWORD}; the e-mail address defaults to {@code <username>@own.example.org},
 * the roles to TRAINEE). Only ever in test deployments.
 */
@WebServlet("/testing/accounts")
public class TestAccountsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TestAccounts accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        String username = request.getParameter("username");
        String email = request.getParameter("email");
        String roles = request.getParameter("roles");
        accounts.open(request.getParameter("number"), username, request.getParameter("name"),
                email == null ? username + "@own.example.org" : email,
                Language.fromCode(request.getParameter("lang")).orElse(Language.ENGLISH), request.getParameter("organisation"),
                roles == null ? java.util.Set.of(Role.TRAINEE)
                        : Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toSet()));
        response.setStatus(204);
    }
}
