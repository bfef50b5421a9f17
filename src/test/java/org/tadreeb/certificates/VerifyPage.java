package org.tadreeb.certificates;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.testing.WebClient;

/** The public {@code /verify} page as a visitor uses it, for tests that talk HTTP to it. */
final class VerifyPage {

    private VerifyPage() {
    }

    /** Pastes a credential into the form in the language given, as a visitor would, and answers the page's reply. */
    static HttpResponse<String> checkCredential(WebClient visitor, Language language, String credential) {
        HttpResponse<String> page = visitor.get("verify?lang=" + language.code());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("credentialForm", "credentialForm");
        form.put("credentialForm:credential", credential);
        form.put("credentialForm:checkCredential", "x");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
        return visitor.postForm("verify.xhtml", form);
    }
}
