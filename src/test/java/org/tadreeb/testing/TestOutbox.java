package org.tadreeb.testing;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.mail.MailKind;

/**
 * The outbox of a deployment under test, reached from the test's side through {@link OutboxTestServlet}:
 * queue a message as a feature would, and watch what becomes of it.
 */
public final class TestOutbox {

    private static final String PATH = "testing/outbox";

    private final WebClient client;

    public TestOutbox(URL deploymentUrl) {
        this.client = new WebClient(deploymentUrl);
    }

    /** Tadreeb with the test door added. */
    public static WebArchive deployable(WebArchive tadreeb) {
        return tadreeb.addClass(OutboxTestServlet.class);
    }

    /** Queues in a transaction that commits; returns the message's id. */
    public long queue(String to, Language language, MailKind kind, Map<String, String> values) {
        HttpResponse<String> response = queue(to, language, kind, values, "commit");
        if (response.statusCode() != 200) {
            throw new AssertionError("Not queued: " + response.statusCode() + " " + response.body());
        }
        return Long.parseLong(response.body().strip());
    }

    /** Queues in a transaction ending as asked ({@code commit}, {@code rollback}) or in none ({@code none}). */
    public HttpResponse<String> queue(String to, Language language, MailKind kind, Map<String, String> values,
                                      String transaction) {
        Map<String, String> form = new LinkedHashMap<>(values);
        form.put("to", to);
        form.put("lang", language.code());
        form.put("kind", kind.name());
        form.put("transaction", transaction);
        return client.postForm(PATH, form);
    }

    public HttpResponse<String> entryResponse(long id) {
        return client.get(PATH + "?id=" + id);
    }

    public JsonObject entry(long id) {
        HttpResponse<String> response = entryResponse(id);
        if (response.statusCode() != 200) {
            throw new AssertionError("No outbox message " + id + ": " + response.statusCode());
        }
        return WebClient.json(response).asJsonObject();
    }

    /** The message once it satisfies the condition; fails after the timeout with its last state. */
    public JsonObject await(long id, Predicate<JsonObject> condition, Duration timeout) {
        return Eventually.await(() -> entry(id), condition, timeout);
    }
}
