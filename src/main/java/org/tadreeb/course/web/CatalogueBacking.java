package org.tadreeb.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tadreeb.course.CatalogueEntry;
import org.tadreeb.course.CatalogueSearch;
import org.tadreeb.course.Category;
import org.tadreeb.course.CourseCatalogue;
import org.tadreeb.course.DeliveryMode;
import org.tadreeb.people.Governorate;
import org.tadreeb.people.ReferenceData;
import org.tadreeb.platform.CentreClock;

/**
 * Backs the public {@code /catalogue}: a plain GET form (bookmarkable, no session) whose parameters are
 * {@code q}, {@code category}, {@code mode}, {@code from}, {@code to}, {@code governorate} and {@code page}.
 */
@Named
@RequestScoped
public class CatalogueBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    CentreClock clock;

    @Inject
    ReferenceData referenceData;

    private String text;
    private String category;
    private String mode;
    private String from;
    private String to;
    private String governorate;
    private int page;
    private CourseCatalogue.Page found;
    private List<Category> categories;
    private List<Governorate> governorates;

    public CourseCatalogue.Page getFound() {
        if (found == null) {
            CatalogueSearch search = new CatalogueSearch(text, category, deliveryMode(), date(from), date(to),
                    governorate);
            found = catalogue.search(search, clock.today(), Math.max(page, 0) * PAGE_SIZE, PAGE_SIZE);
        }
        return found;
    }

    public List<CatalogueEntry> getEntries() {
        return getFound().entries();
    }

    public long getTotal() {
        return getFound().total();
    }

    public int getPageCount() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return page + 1 < getPageCount();
    }

    /** The catalogue's address for another page of the same search. */
    public String pageUrl(int number) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", text);
        parameters.put("category", category);
        parameters.put("mode", mode);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("governorate", governorate);
        parameters.put("page", String.valueOf(number));
        return parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    public List<Category> getCategories() {
        if (categories == null) {
            categories = catalogue.categories();
        }
        return categories;
    }

    public List<Governorate> getGovernorates() {
        if (governorates == null) {
            governorates = referenceData.governorates();
        }
        return governorates;
    }

    public DeliveryMode[] getModes() {
        return DeliveryMode.values();
    }

    private DeliveryMode deliveryMode() {
        try {
            return mode == null || mode.isBlank() ? null : DeliveryMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getGovernorate() {
        return governorate;
    }

    public void setGovernorate(String governorate) {
        this.governorate = governorate;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
