package org.tadreeb.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tadreeb.people.AccountService;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.web.Feedback;

/** Backs {@code /account/set-password.xhtml}: the page an invitation or reset link opens. */
@Named
@ViewScoped
public class SetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient Feedback feedback;

    private String token;
    private String username;
    private boolean checked;
    private String password;
    private String confirmation;

    public void load() {
        if (!checked) {
            username = accounts.usernameForLink(token).orElse(null);
            checked = true;
        }
    }

    public String choose() {
        if (password == null || !password.equals(confirmation)) {
            throw new InvalidInputException(List.of(new FieldError("confirmation", "password.error.mismatch")));
        }
        String chosenFor = accounts.choosePassword(token, password);
        feedback.done("password.chosen", chosenFor);
        return "/login.xhtml?faces-redirect=true";
    }

    public boolean isUsable() {
        return username != null;
    }

    public String getUsername() {
        return username;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
