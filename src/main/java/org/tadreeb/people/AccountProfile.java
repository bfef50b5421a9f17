package org.tadreeb.people;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/** What the API tells callers about their own account. */
public record AccountProfile(String username, String serviceNumber, String nameArabic, String nameLatin,
                             String preferredLanguage, List<String> roles, String home) {

    static AccountProfile of(Account account) {
        return new AccountProfile(account.getUsername(), account.getPerson().getServiceNumber(),
                account.getPerson().getNameArabic(), account.getPerson().getNameLatin(),
                account.getPreferredLanguage().code(),
                account.getRoles().stream().map(Role::name).sorted().toList(), account.homePath());
    }

    public JsonObject toJson() {
        JsonArrayBuilder roleList = Json.createArrayBuilder();
        roles.forEach(roleList::add);
        return Json.createObjectBuilder()
                .add("username", username)
                .add("serviceNumber", serviceNumber)
                .add("nameArabic", nameArabic)
                .add("nameLatin", nameLatin)
                .add("preferredLanguage", preferredLanguage)
                .add("roles", roleList)
                .add("home", home)
                .build();
    }
}
