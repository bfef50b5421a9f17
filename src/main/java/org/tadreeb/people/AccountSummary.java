package org.tadreeb.people;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An account as the administrators' list shows it, with what its sign-in failures did. */
public record AccountSummary(String username, String serviceNumber, String nameArabic, String nameLatin,
                             List<Role> roles, boolean active, int failedSignIns, Instant lockedUntil,
                             Instant lastSignInAt) implements Serializable {

    static AccountSummary of(Account account) {
        Person person = account.getPerson();
        return new AccountSummary(account.getUsername(), person.getServiceNumber(), person.getNameArabic(),
                person.getNameLatin(), account.getRoles().stream().sorted().toList(), person.isActive(),
                account.getFailedSignIns(), account.getLockedUntil(), account.getLastSignInAt());
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public String name(java.util.Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameArabic : nameLatin;
    }
}
