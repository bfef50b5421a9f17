package org.tadreeb.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.tadreeb.people.AccountRepository;
import org.tadreeb.people.AccountService;
import org.tadreeb.people.AccountSummary;
import org.tadreeb.platform.web.Feedback;

/** Backs {@code /admin/accounts.xhtml}: every account, with sign-in failures and locks, and unlocking. */
@Named
@RequestScoped
public class AccountsBacking {

    private static final int LIMIT = 500;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountService accountService;

    @Inject
    Feedback feedback;

    private boolean troubledOnly;
    private List<AccountSummary> list;

    public List<AccountSummary> getAccounts() {
        if (list == null) {
            list = accounts.summaries(troubledOnly, 0, LIMIT);
        }
        return list;
    }

    public boolean isLocked(AccountSummary account) {
        return account.isLockedAt(Instant.now());
    }

    public String unlock(String username) {
        accountService.unlock(username);
        feedback.done("account.unlocked");
        return "/admin/accounts.xhtml?faces-redirect=true&troubled=" + troubledOnly;
    }

    public boolean isTroubledOnly() {
        return troubledOnly;
    }

    public void setTroubledOnly(boolean troubledOnly) {
        this.troubledOnly = troubledOnly;
    }
}
