package org.tadreeb.people.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.tadreeb.people.Account;
import org.tadreeb.people.AccountService;
import org.tadreeb.people.Gender;
import org.tadreeb.people.Person;
import org.tadreeb.people.PersonDetails;
import org.tadreeb.people.PersonDirectory;
import org.tadreeb.people.PersonService;
import org.tadreeb.people.Role;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.web.Feedback;

/**
 * Backs {@code /admin/people/person.xhtml}: registers a person (no {@code number}) or edits one, and manages
 * their account: open it with an invitation, change roles, unlock, deactivate.
 */
@Named
@ViewScoped
public class EditPersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonDirectory directory;

    @Inject
    transient PersonService people;

    @Inject
    transient AccountService accounts;

    @Inject
    transient Feedback feedback;

    @Inject
    transient FacesContext facesContext;

    private String number;
    private boolean existing;
    private boolean active = true;
    private String serviceNumber;
    private String nameArabic;
    private String nameLatin;
    private String rankCode;
    private String organisationCode;
    private String unit;
    private String governorateCode;
    private Gender gender;
    private String phone;
    private String email;
    private Language preferredLanguage = Language.DEFAULT;

    private AccountView account;
    private String username;
    private Role[] roles = {Role.TRAINEE};
    private String coordinatorOf;

    /** What the page shows of the person's account, detached. */
    public record AccountView(String username, List<Role> roles, String coordinatorOf, boolean passwordChosen,
                              int failedSignIns, Instant lockedUntil, Instant lastSignInAt) implements Serializable {

        public boolean isLocked() {
            return lockedUntil != null && Instant.now().isBefore(lockedUntil);
        }
    }

    /** Reads the person named by the {@code number} view parameter; a wrong number answers 404. */
    public void load() throws IOException {
        if (number == null || number.isBlank() || existing) {
            return;
        }
        Optional<Person> found = directory.findByNumber(number);
        if (found.isEmpty()) {
            facesContext.getExternalContext().responseSendError(404, "");
            facesContext.responseComplete();
            return;
        }
        show(found.get());
    }

    private void show(Person person) {
        existing = true;
        number = person.getServiceNumber();
        serviceNumber = person.getServiceNumber();
        nameArabic = person.getNameArabic();
        nameLatin = person.getNameLatin();
        rankCode = person.getRank() == null ? null : person.getRank().getCode();
        organisationCode = person.getOrganisation() == null ? null : person.getOrganisation().getCode();
        unit = person.getUnit();
        governorateCode = person.getGovernorate() == null ? null : person.getGovernorate().getCode();
        gender = person.getGender();
        phone = person.getPhone();
        email = person.getEmail();
        preferredLanguage = person.getPreferredLanguage();
        active = person.isActive();
        account = accounts.accountOf(person).map(EditPersonBacking::viewOf).orElse(null);
        if (account != null) {
            roles = account.roles().toArray(Role[]::new);
            coordinatorOf = account.coordinatorOf();
        }
    }

    private static AccountView viewOf(Account account) {
        return new AccountView(account.getUsername(), List.copyOf(account.getRoles()),
                account.getCoordinatorOf() == null ? null : account.getCoordinatorOf().getCode(),
                account.getPasswordHash() != null, account.getFailedSignIns(), account.getLockedUntil(),
                account.getLastSignInAt());
    }

    public String save() {
        PersonDetails details = new PersonDetails(serviceNumber, nameArabic, nameLatin, rankCode, organisationCode, unit,
                governorateCode, gender, phone, email, preferredLanguage);
        Person saved = existing ? people.update(number, details) : people.register(details);
        feedback.done(existing ? "person.saved" : "person.registered", saved.getServiceNumber());
        return reopen(saved.getServiceNumber());
    }

    public String openAccount() {
        accounts.open(number, username, roleSet(), coordinatorOf);
        feedback.done("account.opened", username, email);
        return reopen(number);
    }

    public String reinvite() {
        accounts.reinvite(account.username());
        feedback.done("account.reinvited", email);
        return reopen(number);
    }

    public String changeRoles() {
        accounts.changeRoles(account.username(), roleSet(), coordinatorOf);
        feedback.done("account.rolesChanged");
        return reopen(number);
    }

    public String unlock() {
        accounts.unlock(account.username());
        feedback.done("account.unlocked");
        return reopen(number);
    }

    public String deactivate() {
        people.deactivate(number);
        feedback.done("person.deactivated");
        return reopen(number);
    }

    public String activate() {
        people.activate(number);
        feedback.done("person.activated");
        return reopen(number);
    }

    public boolean isInstructor() {
        return account != null && account.roles().contains(Role.INSTRUCTOR);
    }

    private EnumSet<Role> roleSet() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null) {
            set.addAll(java.util.Arrays.asList(roles));
        }
        return set;
    }

    private static String reopen(String serviceNumber) {
        return "/admin/people/person.xhtml?faces-redirect=true&number=" + serviceNumber;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public boolean isExisting() {
        return existing;
    }

    public boolean isActive() {
        return active;
    }

    public AccountView getAccount() {
        return account;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getServiceNumber() {
        return serviceNumber;
    }

    public void setServiceNumber(String serviceNumber) {
        this.serviceNumber = serviceNumber;
    }

    public String getNameArabic() {
        return nameArabic;
    }

    public void setNameArabic(String nameArabic) {
        this.nameArabic = nameArabic;
    }

    public String getNameLatin() {
        return nameLatin;
    }

    public void setNameLatin(String nameLatin) {
        this.nameLatin = nameLatin;
    }

    public String getRankCode() {
        return rankCode;
    }

    public void setRankCode(String rankCode) {
        this.rankCode = rankCode;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public void setOrganisationCode(String organisationCode) {
        this.organisationCode = organisationCode;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getGovernorateCode() {
        return governorateCode;
    }

    public void setGovernorateCode(String governorateCode) {
        this.governorateCode = governorateCode;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(Language preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getCoordinatorOf() {
        return coordinatorOf;
    }

    public void setCoordinatorOf(String coordinatorOf) {
        this.coordinatorOf = coordinatorOf;
    }
}
