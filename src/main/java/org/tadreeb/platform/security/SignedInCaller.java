package org.tadreeb.platform.security;

import java.util.Set;
import org.tadreeb.platform.i18n.Language;

/** Who a sign-in or a token proved the caller to be: their user name, security groups (role names) and language. */
public record SignedInCaller(String username, Set<String> groups, Language preferredLanguage, String homePath)
        implements java.io.Serializable {
}
