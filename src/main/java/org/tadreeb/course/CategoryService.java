package org.tadreeb.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.Code;

/**
 * The administrators' changes to the catalogue's categories: add one (it goes last), rename it (its code never
 * changes), move it in the order, delete it while no course uses it. Every change is audited under
 * {@code Category} and the code.
 */
@ApplicationScoped
public class CategoryService {

    static final String AUDIT_TYPE = "Category";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    AuditLog auditLog;

    /** The categories in their order, each with the number of courses (archived ones too) that use it. */
    @Transactional
    public List<CategorySummary> summaries() {
        Map<String, Long> courses = new HashMap<>();
        entityManager.createQuery("""
                        SELECT k.category.code, COUNT(k) FROM Course k
                        WHERE k.category IS NOT NULL
                        GROUP BY k.category.code""", Object[].class)
                .getResultList()
                .forEach(row -> courses.put((String) row[0], (Long) row[1]));
        List<Category> order = catalogue.categories();
        List<CategorySummary> summaries = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            Category category = order.get(i);
            summaries.add(new CategorySummary(category.getCode(), category.getNameArabic(), category.getNameEnglish(),
                    i + 1, courses.getOrDefault(category.getCode(), 0L)));
        }
        return summaries;
    }

    public Category get(String code) {
        return catalogue.category(code).orElseThrow(() -> new CategoryNotFoundException(code));
    }

    /** Adds a category at the end of the order. */
    @Transactional
    public Category add(CategoryDetails details) {
        List<FieldError> errors = details.check(true);
        if (errors.stream().noneMatch(e -> e.field().equals("code")) && catalogue.category(details.code()).isPresent()) {
            errors.add(new FieldError("code", "category.error.codeTaken", details.normalCode()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Integer last = entityManager.createQuery("SELECT MAX(c.sortOrder) FROM Category c", Integer.class)
                .getSingleResult();
        Category category = new Category(details.normalCode(), details.nameArabic(), details.nameEnglish(),
                last == null ? 1 : last + 1);
        entityManager.persist(category);
        entityManager.flush();
        auditLog.record("category.added", AUDIT_TYPE, category.getCode(), null, snapshot(category));
        return category;
    }

    /** Gives a category new names in both languages; the code stays. */
    @Transactional
    public Category rename(String code, CategoryDetails details) {
        Category category = get(code);
        List<FieldError> errors = details.check(false);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String before = snapshot(category);
        category.rename(details.nameArabic(), details.nameEnglish());
        String after = snapshot(category);
        if (!after.equals(before)) {
            auditLog.record("category.renamed", AUDIT_TYPE, category.getCode(), before, after);
        }
        return category;
    }

    /**
     * Renames a category and, when a position is given (1 being the first), moves it there: both or neither.
     * For the API, whose one request may do both.
     */
    @Transactional
    public Category change(String code, CategoryDetails details, Integer position) {
        Category category = get(code);
        List<FieldError> errors = details.check(false);
        long count = entityManager.createQuery("SELECT COUNT(c) FROM Category c", Long.class).getSingleResult();
        if (position != null && (position < 1 || position > count)) {
            errors.add(new FieldError("position", "input.error.range", 1, count));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        rename(category.getCode(), details);
        if (position != null) {
            moveTo(category.getCode(), position);
        }
        return category;
    }

    /** Moves a category one place earlier (a negative step) or later; nothing happens at either end. */
    @Transactional
    public Category moveBy(String code, int steps) {
        List<Category> order = new ArrayList<>(catalogue.categories());
        int from = indexOf(order, code);
        int to = Math.max(0, Math.min(order.size() - 1, from + steps));
        return move(order, from, to);
    }

    /** Puts a category at a place of the order, 1 being the first. */
    @Transactional
    public Category moveTo(String code, int position) {
        List<Category> order = new ArrayList<>(catalogue.categories());
        int from = indexOf(order, code);
        if (position < 1 || position > order.size()) {
            throw new InvalidInputException(List.of(new FieldError("position", "input.error.range", 1, order.size())));
        }
        return move(order, from, position - 1);
    }

    /** Deletes a category that no course uses; one that courses use is refused, naming how many. */
    @Transactional
    public void delete(String code) {
        Category category = get(code);
        // Locked, so that no course can take the category between the count and the delete.
        entityManager.lock(category, LockModeType.PESSIMISTIC_WRITE);
        long courses = entityManager.createQuery("SELECT COUNT(k) FROM Course k WHERE k.category = :category", Long.class)
                .setParameter("category", category)
                .getSingleResult();
        if (courses > 0) {
            throw new CategoryInUseException(category.getCode(), courses);
        }
        String before = snapshot(category);
        entityManager.remove(category);
        entityManager.flush();
        auditLog.record("category.deleted", AUDIT_TYPE, category.getCode(), before, null);
    }

    private Category move(List<Category> order, int from, int to) {
        Category category = order.get(from);
        if (from == to) {
            return category;
        }
        order.remove(from);
        order.add(to, category);
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).getSortOrder() != i + 1) {
                order.get(i).placeAt(i + 1);
            }
        }
        auditLog.record("category.moved", AUDIT_TYPE, category.getCode(), "position=" + (from + 1), "position=" + (to + 1));
        return category;
    }

    private static int indexOf(List<Category> order, String code) {
        String wanted = Code.normalise(code);
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).getCode().equals(wanted)) {
                return i;
            }
        }
        throw new CategoryNotFoundException(code);
    }

    private static String snapshot(Category category) {
        return "code=" + category.getCode() + "; nameAr=" + category.getNameArabic()
                + "; nameEn=" + category.getNameEnglish();
    }
}
