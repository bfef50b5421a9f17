package org.tadreeb.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import org.tadreeb.people.AccountRepository;
import org.tadreeb.people.Person;
import org.tadreeb.people.PersonRow;
import org.tadreeb.people.PersonService;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.LanguageFilter;
import org.tadreeb.platform.web.Feedback;

/** Backs {@code /profile.xhtml}: a person's own record; only e-mail, phone and language are theirs to change. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountRepository accounts;

    @Inject
    transient PersonService people;

    @Inject
    transient SecurityContext security;

    @Inject
    transient Feedback feedback;

    @Inject
    transient FacesContext facesContext;

    private PersonRow person;
    private String unit;
    private String email;
    private String phone;
    private Language preferredLanguage;

    @PostConstruct
    void load() {
        Person own = accounts.getByUsername(security.getCallerPrincipal().getName()).getPerson();
        person = PersonRow.of(own);
        unit = own.getUnit();
        email = own.getEmail();
        phone = own.getPhone();
        preferredLanguage = own.getPreferredLanguage();
    }

    public String save() {
        people.changeOwnContact(person.serviceNumber(), email, phone, preferredLanguage);
        HttpServletRequest request = (HttpServletRequest) facesContext.getExternalContext().getRequest();
        ((HttpServletResponse) facesContext.getExternalContext().getResponse())
                .addCookie(LanguageFilter.languageCookie(request, preferredLanguage));
        feedback.done("profile.saved");
        return "/profile.xhtml?faces-redirect=true&lang=" + preferredLanguage.code();
    }

    public PersonRow getPerson() {
        return person;
    }

    public String getUnit() {
        return unit;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(Language preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
