package org.tadreeb.platform.mail.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tadreeb.platform.i18n.CurrentLanguage;
import org.tadreeb.platform.mail.Outbox;
import org.tadreeb.platform.mail.OutboxStatus;

/**
 * Backs {@code /admin/outbox.xhtml}. The status filter and the page come from the address
 * ({@code ?status=FAILING&page=2}), so they can be bookmarked; view scope keeps the lines a Retry button
 * belongs to for the post that follows.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    static final int PAGE_SIZE = 20;

    /** One entry of the status filter: {@code status} is null for "all". */
    public record Filter(OutboxStatus status, String messageKey, long count, boolean current) implements Serializable {

        public String query() {
            return status == null ? "" : "?status=" + status.name();
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    CurrentLanguage language;

    private OutboxStatus status;
    private int requestedPage;
    private Outbox.Page page;
    private List<Filter> filters;

    @PostConstruct
    void readAddress() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        status = parseStatus(parameters.get("status"));
        requestedPage = parsePage(parameters.get("page"));
        load();
    }

    /** A refusal (sent meanwhile) reaches the page through BusinessExceptionHandler; the lines are read again either way. */
    public void retry(long id) {
        try {
            outbox.retryNow(id);
            inform(language.text("mail.outbox.retried"));
        } finally {
            load();
        }
    }

    public void retryAllFailing() {
        inform(language.text("mail.outbox.retriedAll", outbox.retryAllFailing()));
        load();
    }

    private void inform(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private void load() {
        page = outbox.list(status, requestedPage, PAGE_SIZE);
        Map<OutboxStatus, Long> counts = outbox.counts();
        filters = new ArrayList<>();
        filters.add(new Filter(null, "mail.outbox.filter.all",
                counts.values().stream().mapToLong(Long::longValue).sum(), status == null));
        for (OutboxStatus each : OutboxStatus.values()) {
            filters.add(new Filter(each, each.messageKey(), counts.get(each), each == status));
        }
    }

    public Outbox.Page getPage() {
        return page;
    }

    public List<Filter> getFilters() {
        return filters;
    }

    public boolean isAnyFailing() {
        return filters.stream().anyMatch(f -> f.status() == OutboxStatus.FAILING && f.count() > 0);
    }

    /** The address of another page of the same filter. */
    public String pageQuery(int number) {
        return "?" + (status == null ? "" : "status=" + status.name() + "&") + "page=" + number;
    }

    private static OutboxStatus parseStatus(String value) {
        for (OutboxStatus each : OutboxStatus.values()) {
            if (each.name().equalsIgnoreCase(value)) {
                return each;
            }
        }
        return null;
    }

    private static int parsePage(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
