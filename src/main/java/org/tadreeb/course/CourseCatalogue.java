package org.tadreeb.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tadreeb.people.NameFolding;
import org.tadreeb.platform.Code;

/**
 * Finding courses: by code, the administrators' list, and the public catalogue's search, paged so that it
 * stays fast with thousands of cohorts (the cohort figures are read for one page of courses at a time).
 */
@ApplicationScoped
public class CourseCatalogue {

    /** More words than this in one search are ignored. */
    private static final int MAX_WORDS = 6;
    /** Upcoming cohorts listed on a course's page. */
    static final int MAX_UPCOMING = 20;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CourseCohorts cohorts;

    public record Page(List<CatalogueEntry> entries, long total) {
    }

    /** Courses that are not archived, for choosing one (qualifications, report filters). */
    public List<Course> activeCourses() {
        return entityManager.createQuery("SELECT c FROM Course c WHERE c.archived = FALSE ORDER BY c.code",
                Course.class).getResultList();
    }

    public Optional<Course> findByCode(String code) {
        return findByCode(CourseCode.of(code));
    }

    /** The one way to find a course by its code. */
    public Optional<Course> findByCode(CourseCode code) {
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return entityManager.createQuery("SELECT c FROM Course c WHERE c.code = :code", Course.class)
                .setParameter("code", code.value())
                .getResultStream().findFirst();
    }

    public Course getByCode(String code) {
        return findByCode(code).orElseThrow(() -> new CourseNotFoundException(code));
    }

    @Transactional
    public Optional<CourseView> view(String code) {
        return findByCode(code).map(CourseView::of);
    }

    public List<Category> categories() {
        return entityManager.createQuery("SELECT c FROM Category c ORDER BY c.sortOrder, c.code", Category.class)
                .getResultList();
    }

    public Optional<Category> category(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(entityManager.find(Category.class, Code.normalise(code)));
    }

    /** Every course, archived or not, by code: for the administrators' list and pick-lists. */
    @Transactional
    public List<CourseView> all(boolean archived) {
        return entityManager.createQuery("""
                        SELECT c FROM Course c
                        LEFT JOIN FETCH c.category
                        WHERE c.archived = :archived
                        ORDER BY c.code""", Course.class)
                .setParameter("archived", archived)
                .getResultList().stream().map(CourseView::of).toList();
    }

    /** Each course's prerequisites by code, for finding cycles. */
    public Map<String, Set<String>> prerequisiteCodes() {
        Map<String, Set<String>> graph = new HashMap<>();
        entityManager.createQuery("SELECT c.code, p.code FROM Course c JOIN c.prerequisites p", Object[].class)
                .getResultList()
                .forEach(row -> graph.computeIfAbsent((String) row[0], k -> new java.util.HashSet<>()).add((String) row[1]));
        return graph;
    }

    /** The code of the latest cohort of the course that has started (in progress or completed), if there is one. */
    public Optional<String> startedCohortOf(Course course) {
        return cohorts.latestStartedCohortOf(course);
    }

    /** One page of the public catalogue, ordered by code, with the total count. */
    @Transactional
    public Page search(CatalogueSearch search, LocalDate today, int first, int pageSize) {
        Condition condition = Condition.of(search, today, cohorts);
        TypedQuery<Course> query = entityManager.createQuery("SELECT c FROM Course c LEFT JOIN FETCH c.category"
                + condition.where() + " ORDER BY c.code", Course.class);
        condition.parameters().forEach(query::setParameter);
        List<Course> courses = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
        TypedQuery<Long> count = entityManager.createQuery("SELECT COUNT(c) FROM Course c" + condition.where(), Long.class);
        condition.parameters().forEach(count::setParameter);
        long total = count.getSingleResult();

        // With a governorate chosen, the figures (next start, number of cohorts) are those of that governorate.
        Map<Long, CourseCohorts.Upcoming> upcoming = cohorts.upcomingFigures(
                courses.stream().map(Course::getId).toList(), today,
                search.limitsGovernorate() ? governorateCode(search) : null);
        List<CatalogueEntry> entries = courses.stream().map(c -> {
            CourseCohorts.Upcoming figures = upcoming.get(c.getId());
            Category category = c.getCategory();
            return new CatalogueEntry(c.getCode(), c.getTitleArabic(), c.getTitleEnglish(), c.getSummaryArabic(),
                    c.getSummaryEnglish(), category == null ? null : category.getNameArabic(),
                    category == null ? null : category.getNameEnglish(), c.getDeliveryMode(), c.getContactHours(),
                    figures == null ? null : figures.nextStart(), figures == null ? 0 : figures.count());
        }).toList();
        return new Page(entries, total);
    }

    /** The cohorts of a course that have not started, soonest first, with seats taken and their meetings. */
    @Transactional
    public List<UpcomingCohort> upcomingCohorts(String courseCode, LocalDate today) {
        return cohorts.upcomingCohorts(courseCode, today, MAX_UPCOMING);
    }

    /** A catalogue search as a JPQL WHERE clause on {@code c} and its parameters. */
    private record Condition(String where, Map<String, Object> parameters) {

        static Condition of(CatalogueSearch search, LocalDate today, CourseCohorts cohorts) {
            StringBuilder where = new StringBuilder(" WHERE c.archived = FALSE");
            Map<String, Object> parameters = new HashMap<>();
            List<String> words = words(search.text());
            for (int i = 0; i < words.size(); i++) {
                where.append(" AND c.searchText LIKE :word").append(i).append(" ESCAPE '!'");
                parameters.put("word" + i, "%" + escapeLike(words.get(i)) + "%");
            }
            if (search.categoryCode() != null && !search.categoryCode().isBlank()) {
                where.append(" AND c.category.code = :category");
                parameters.put("category", Code.normalise(search.categoryCode()));
            }
            if (search.deliveryMode() != null) {
                where.append(" AND c.deliveryMode = :mode");
                parameters.put("mode", search.deliveryMode());
            }
            if (search.needsUpcomingCohort()) {
                LocalDate from = search.from() == null || search.from().isBefore(today) ? today : search.from();
                Set<Long> withCohort = cohorts.coursesWithUpcomingCohort(from, search.to(),
                        search.limitsGovernorate() ? governorateCode(search) : null);
                if (withCohort.isEmpty()) {
                    where.append(" AND c.id IS NULL");
                } else {
                    where.append(" AND c.id IN :withUpcomingCohort");
                    parameters.put("withUpcomingCohort", withCohort);
                }
            }
            return new Condition(where.toString(), parameters);
        }
    }

    private static String governorateCode(CatalogueSearch search) {
        return Code.normalise(search.governorateCode());
    }

    static List<String> words(String text) {
        return java.util.Arrays.stream(NameFolding.fold(text).split(" "))
                .filter(word -> !word.isEmpty()).limit(MAX_WORDS).collect(Collectors.toList());
    }

    /** '!' escapes LIKE's wildcards: a backslash would need different quoting on MySQL and H2. */
    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
