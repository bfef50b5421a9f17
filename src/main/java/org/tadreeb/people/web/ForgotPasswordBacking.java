package org.tadreeb.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tadreeb.people.AccountService;
import org.tadreeb.platform.web.Feedback;

/** Backs {@code /forgot-password.xhtml}. The answer is the same whether or not the address is known. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    AccountService accounts;

    @Inject
    Feedback feedback;

    private String email;

    public String send() {
        accounts.requestPasswordReset(email);
        feedback.done("forgot.sent");
        return "/forgot-password.xhtml?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
