package org.tadreeb.testing;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.mail.MailKind;
import org.tadreeb.platform.mail.Outbox;
import org.tadreeb.platform.mail.OutboxEntry;

/**
 * A door into a deployment under test, for tests that must stay outside it (they drive the test SMTP server):
 * queues a message through the real {@link Outbox} in a transaction that commits, rolls back or is absent, and
 * shows an outbox message as JSON. Only ever added to test deployments (see {@link TestOutbox}).
 */
@WebServlet("/testing/outbox")
public class OutboxTestServlet extends HttpServlet {

    /** The form fields that say how to queue; every other field is a template value. */
    private static final java.util.Set<String> CONTROLS = java.util.Set.of("to", "lang", "kind", "transaction");

    @Inject
    Outbox outbox;

    @Resource
    UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = Language.fromCode(request.getParameter("lang")).orElseThrow();
        MailKind kind = MailKind.valueOf(request.getParameter("kind"));
        Map<String, String> values = new java.util.HashMap<>();
        request.getParameterMap().forEach((name, given) -> {
            if (!CONTROLS.contains(name)) {
                values.put(name, given[0]);
            }
        });
        String to = request.getParameter("to");
        String ending = request.getParameter("transaction");
        try {
            long id;
            if ("none".equals(ending)) {
                id = outbox.queue(to, language, kind, values);
            } else {
                transaction.begin();
                id = outbox.queue(to, language, kind, values);
                if ("rollback".equals(ending)) {
                    transaction.rollback();
                } else {
                    transaction.commit();
                }
            }
            response.setContentType("text/plain");
            response.getWriter().print(id);
        } catch (Exception failure) {
            rollBackQuietly();
            BusinessException business = BusinessExceptions.find(failure);
            response.setStatus(business == null ? 500 : 422);
            response.setContentType("text/plain");
            response.getWriter().print(business == null ? failure.getClass().getName() : business.messageKey());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<OutboxEntry> found = outbox.find(Long.parseLong(request.getParameter("id")));
        if (found.isEmpty()) {
            response.sendError(404);
            return;
        }
        OutboxEntry entry = found.get();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", entry.id())
                .add("recipient", entry.recipient())
                .add("status", entry.status().name())
                .add("attempts", entry.attempts())
                .add("createdAt", entry.createdAt().toString());
        addIfPresent(json, "nextAttemptAt", entry.nextAttemptAt());
        addIfPresent(json, "sentAt", entry.sentAt());
        if (entry.lastError() != null) {
            json.add("lastError", entry.lastError());
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().print(json.build());
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, Instant instant) {
        if (instant != null) {
            json.add(name, instant.toString());
        }
    }

    private void rollBackQuietly() {
        try {
            if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception ignored) {
            // nothing was begun, or it ended already
        }
    }
}
