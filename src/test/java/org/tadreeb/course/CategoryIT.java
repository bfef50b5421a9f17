package org.tadreeb.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadreeb.testing.InContainer.bean;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.audit.AuditRecord;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.WebClient;

/**
 * The catalogue's categories: added, renamed, moved and deleted with every rule enforced and every change
 * audited; a category that courses use is never deleted; who may read and write them through the API and the
 * page. (CategoryBrowserIT drives the page in Chromium.) The tests share one database: each uses its own codes
 * and moves nothing to the top, where FUND stays.
 */
@IntegrationTest
class CategoryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.tadreeb();
    }

    @ArquillianResource
    URL deploymentUrl;

    // ---- inside the server -------------------------------------------------------------------------------

    @Test
    void categoriesAreAddedRenamedMovedAndDeletedWithEveryChangeAudited() {
        CategoryService categories = bean(CategoryService.class);
        int before = categories.summaries().size();
        Category added = categories.add(new CategoryDetails(" cat-one ", " سلامة الطرق ", "Road safety"));
        assertEquals("CAT-ONE", added.getCode(), "codes are kept in capitals, without spaces");
        categories.add(new CategoryDetails("CAT-TWO", "الأحياء الآمنة", "Safe neighbourhoods"));
        assertEquals(List.of("CAT-ONE", "CAT-TWO"), codesFrom(categories, before), "each new one goes last");
        CategorySummary one = summary(categories, "CAT-ONE");
        assertEquals("سلامة الطرق", one.nameArabic(), "names are kept without surrounding spaces");
        assertEquals(before + 1, one.position());
        assertEquals(0, one.courses());

        categories.rename("cat-one", new CategoryDetails("IGNORED", "السلامة على الطرق", "Safety on the roads"));
        assertEquals("Safety on the roads", summary(categories, "CAT-ONE").nameEnglish());
        assertTrue(categories.summaries().stream().noneMatch(c -> c.code().equals("IGNORED")), "the code never changes");

        categories.moveBy("CAT-TWO", -1);
        assertEquals(List.of("CAT-TWO", "CAT-ONE"), codesFrom(categories, before));
        categories.moveBy("CAT-ONE", 1);
        assertEquals(List.of("CAT-TWO", "CAT-ONE"), codesFrom(categories, before), "the last one stays last");
        categories.moveTo("CAT-ONE", before + 1);
        assertEquals(List.of("CAT-ONE", "CAT-TWO"), codesFrom(categories, before));
        List<CategorySummary> all = categories.summaries();
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).position(), "positions run 1, 2, 3...");
        }
        assertEquals("FUND", all.get(0).code());

        categories.delete("CAT-ONE");
        assertTrue(categories.summaries().stream().noneMatch(c -> c.code().equals("CAT-ONE")));
        assertEquals(404, business(() -> categories.delete("CAT-ONE")).httpStatus());
        assertEquals(404, business(() -> categories.rename("NOPE", new CategoryDetails(null, "أ", "A"))).httpStatus());

        List<AuditRecord> history = bean(AuditLog.class).historyOf("Category", "CAT-ONE");
        assertEquals(List.of("category.added", "category.renamed", "category.moved", "category.deleted"),
                history.stream().map(AuditRecord::getAction).toList(), "moving the last one down changed nothing");
        assertTrue(history.get(1).getBeforeState().contains("nameEn=Road safety"), history.get(1).getBeforeState());
        assertTrue(history.get(1).getAfterState().contains("nameEn=Safety on the roads"), history.get(1).getAfterState());
        assertEquals("position=" + (before + 2), history.get(2).getBeforeState());
        assertEquals("position=" + (before + 1), history.get(2).getAfterState());
        assertTrue(history.get(3).getBeforeState().contains("code=CAT-ONE"));
        assertEquals(null, history.get(3).getAfterState());
        assertEquals(List.of("category.added", "category.moved"),
                bean(AuditLog.class).historyOf("Category", "CAT-TWO").stream().map(AuditRecord::getAction).toList(),
                "only the category moved is recorded as moved");
    }

    @Test
    void badDetailsAreRefusedFieldByFieldAndNothingIsSaved() {
        CategoryService categories = bean(CategoryService.class);
        int before = categories.summaries().size();
        assertEquals(Map.of("code", "category.error.codeTaken"),
                fieldErrors(() -> categories.add(new CategoryDetails("fund", "مكرر", "Duplicate"))));
        assertEquals(Map.of("code", "category.error.codeFormat", "nameArabic", "input.error.required",
                        "nameEnglish", "input.error.tooLong"),
                fieldErrors(() -> categories.add(new CategoryDetails("A", " ", "E".repeat(101)))));
        assertEquals(Map.of("code", "category.error.codeFormat"),
                fieldErrors(() -> categories.add(new CategoryDetails("TWO WORDS", "أ", "A"))));
        assertEquals(Map.of("code", "category.error.codeFormat"),
                fieldErrors(() -> categories.add(new CategoryDetails("C".repeat(21), "أ", "A"))));
        assertEquals(Map.of("code", "category.error.codeFormat"),
                fieldErrors(() -> categories.add(new CategoryDetails("شرطة", "أ", "A"))), "Latin letters only");
        assertEquals(Map.of("code", "input.error.required", "nameEnglish", "input.error.required"),
                fieldErrors(() -> categories.add(new CategoryDetails(null, "أ", null))));
        assertEquals(Map.of("nameArabic", "input.error.tooLong"),
                fieldErrors(() -> categories.rename("LEAD", new CategoryDetails(null, "ق".repeat(101), "Leadership"))));
        assertEquals(before, categories.summaries().size(), "nothing was added");
        assertEquals("Leadership", summary(categories, "LEAD").nameEnglish(), "nothing was renamed");

        Category shortest = categories.add(new CategoryDetails("x9", "قصير", "Short"));
        assertEquals("X9", shortest.getCode(), "two characters are enough");
        assertEquals("TWENTY-CHARACTERS-OK", categories.add(new CategoryDetails("twenty-characters-ok",
                "ن".repeat(100), "N".repeat(100))).getCode(), "as are 20, and names of 100");
    }

    @Test
    void aCategoryThatCoursesUseIsNeverDeleted() {
        CategoryService categories = bean(CategoryService.class);
        long used = summary(categories, "FUND").courses();
        assertTrue(used >= 1, "the demo course CP101 is in FUND");
        BusinessException refused = business(() -> categories.delete("FUND"));
        assertTrue(refused instanceof CategoryInUseException, refused.toString());
        assertEquals(409, refused.httpStatus());
        assertEquals(List.of("FUND", used), List.of(refused.arguments()));
        assertEquals(summary(categories, "FUND").courses(), used, "still there, with its courses");
        assertTrue(bean(AuditLog.class).historyOf("Category", "FUND").isEmpty(), "nothing changed, nothing recorded");

        String english = Messages.text(Language.ENGLISH, refused.messageKey(), refused.arguments());
        assertTrue(english.contains(used == 1 ? "1 course uses it" : used + " courses use it"), english);
        assertTrue(Messages.text(Language.ARABIC, refused.messageKey(), refused.arguments()).contains("FUND"));
    }

    // ---- through the API and the page --------------------------------------------------------------------

    @Test
    @RunAsClient
    void anyoneListsTheCategoriesAndOnlyAdministratorsChangeThem() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        HttpResponse<String> listed = client.get("api/v1/categories");
        assertEquals(200, listed.statusCode(), "no sign-in needed: " + listed.body());
        JsonArray list = WebClient.json(listed).asJsonArray();
        JsonObject first = list.getJsonObject(0);
        assertEquals("FUND", first.getString("code"));
        assertEquals("أساسيات الشرطة المجتمعية", first.getString("nameArabic"));
        assertEquals(1, first.getInt("position"));
        assertTrue(first.getInt("courses") >= 1, "CP101 is in it");
        assertTrue(list.stream().map(JsonValue::asJsonObject).anyMatch(c -> c.getString("code").equals("YOUTH")));

        String body = json("API-NEW", "فئة جديدة", "New category").toString();
        assertEquals(401, client.postJson("api/v1/categories", body).statusCode());
        assertEquals(401, send(client, "PUT", "api/v1/categories/LEAD", json(null, "أ", "A"), null).statusCode());
        assertEquals(401, send(client, "DELETE", "api/v1/categories/LEAD", null, null).statusCode());
        for (DemoAccounts account : List.of(DemoAccounts.TRAINEE, DemoAccounts.INSTRUCTOR, DemoAccounts.COORDINATOR)) {
            String token = token(account);
            assertEquals(403, send(client, "POST", "api/v1/categories", json("API-NEW", "أ", "A"), token).statusCode(), account.name());
            assertEquals(403, send(client, "PUT", "api/v1/categories/LEAD", json(null, "أ", "A"), token).statusCode(), account.name());
            assertEquals(403, send(client, "DELETE", "api/v1/categories/LEAD", null, token).statusCode(), account.name());
            assertEquals(200, client.get("api/v1/categories", token).statusCode(), "reading is for everyone");
        }
        JsonArray unchanged = WebClient.json(client.get("api/v1/categories")).asJsonArray();
        assertEquals(list.size(), unchanged.size(), "nothing added");
        assertEquals("Leadership", byCode(unchanged, "LEAD").getString("nameEnglish"), "nothing renamed");

        String admin = token(DemoAccounts.ADMIN);
        HttpResponse<String> created = send(client, "POST", "api/v1/categories", json("api-new", "فئة جديدة", "New category"), admin);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/categories/API-NEW"));
        JsonObject category = WebClient.json(created).asJsonObject();
        assertEquals("API-NEW", category.getString("code"));
        assertEquals(list.size() + 1, category.getInt("position"), "it goes last");
        assertEquals(0, category.getInt("courses"));

        HttpResponse<String> duplicate = send(client, "POST", "api/v1/categories", json("API-NEW", "أ", "A"), admin);
        assertEquals(Map.of("code", "category.error.codeTaken"), apiFieldErrors(duplicate));
        HttpResponse<String> bad = send(client, "POST", "api/v1/categories", Json.createObjectBuilder()
                .add("code", "!").add("nameArabic", 5).add("nameEnglish", "E".repeat(101)).build(), admin);
        assertEquals(Map.of("code", "category.error.codeFormat", "nameArabic", "input.error.notText",
                "nameEnglish", "input.error.tooLong"), apiFieldErrors(bad));
        assertEquals(Messages.text(Language.ENGLISH, "input.error.tooLong", 100), detailOf(bad, "nameEnglish"),
                "the message is in the caller's language");

        HttpResponse<String> renamed = send(client, "PUT", "api/v1/categories/api-new",
                Json.createObjectBuilder(json(null, "فئة معدلة", "Renamed category")).add("position", 2).build(), admin);
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals("Renamed category", WebClient.json(renamed).asJsonObject().getString("nameEnglish"));
        assertEquals(2, WebClient.json(renamed).asJsonObject().getInt("position"));
        assertEquals("API-NEW", WebClient.json(client.get("api/v1/categories")).asJsonArray().getJsonObject(1).getString("code"));
        HttpResponse<String> nowhere = send(client, "PUT", "api/v1/categories/API-NEW",
                Json.createObjectBuilder(json(null, "اسم آخر", "Another name")).add("position", 0).build(), admin);
        assertEquals(Map.of("position", "input.error.range"), apiFieldErrors(nowhere));
        assertEquals("Renamed category", byCode(WebClient.json(client.get("api/v1/categories")).asJsonArray(), "API-NEW")
                .getString("nameEnglish"), "a refused change renames nothing either");
        assertEquals(404, send(client, "PUT", "api/v1/categories/NOPE", json(null, "أ", "A"), admin).statusCode());

        HttpResponse<String> inUse = send(client, "DELETE", "api/v1/categories/FUND", null, admin);
        assertEquals(409, inUse.statusCode(), inUse.body());
        JsonObject problem = WebClient.problem(inUse);
        assertEquals("category.error.inUse", problem.getString("code"));
        long used = first.getInt("courses");
        assertEquals(Messages.text(Language.ENGLISH, "category.error.inUse", "FUND", used), problem.getString("detail"));
        HttpResponse<String> inArabic = send(new WebClient(deploymentUrl).acceptLanguage("ar"), "DELETE",
                "api/v1/categories/FUND", null, admin);
        assertEquals(Messages.text(Language.ARABIC, "category.error.inUse", "FUND", used),
                WebClient.problem(inArabic).getString("detail"));

        assertEquals(204, send(client, "DELETE", "api/v1/categories/API-NEW", null, admin).statusCode());
        assertEquals(404, send(client, "DELETE", "api/v1/categories/API-NEW", null, admin).statusCode());
        assertEquals(list.size(), WebClient.json(client.get("api/v1/categories")).asJsonArray().size());
        assertEquals("FUND", WebClient.json(client.get("api/v1/categories")).asJsonArray().getJsonObject(0).getString("code"));

        String openApi = client.get("openapi").body();
        assertTrue(openApi.contains("/api/v1/categories/{code}"), "the category endpoints are documented");
    }

    @Test
    @RunAsClient
    void theCategoryPageIsForAdministratorsInBothLanguages() {
        String page = "admin/categories.xhtml";
        assertEquals("/login.xhtml", WebClient.redirectPath(new WebClient(deploymentUrl).get(page)));
        for (DemoAccounts account : List.of(DemoAccounts.TRAINEE, DemoAccounts.INSTRUCTOR, DemoAccounts.COORDINATOR)) {
            WebClient browser = new WebClient(deploymentUrl);
            browser.signIn(account.username, account.password);
            assertEquals(403, browser.get(page).statusCode(), account.name());
        }
        WebClient admin = new WebClient(deploymentUrl);
        admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        HttpResponse<String> english = admin.get(page + "?lang=en");
        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("Community-policing fundamentals") && english.body().contains("Youth and schools"));
        assertTrue(english.body().contains(Messages.text(Language.ENGLISH, "categories.title")));
        assertTrue(english.body().contains(Messages.text(Language.ENGLISH, "categories.moveUpNamed", "Youth and schools")),
                "the move buttons are named for their category");
        String arabic = admin.get(page + "?lang=ar").body();
        assertTrue(arabic.contains(Messages.text(Language.ARABIC, "categories.title")));
        assertTrue(arabic.contains("الشباب والمدارس"));
        assertTrue(admin.get("admin/?lang=en").body().contains("/admin/categories.xhtml"), "linked from the admin home");
        assertTrue(admin.get("admin/courses/?lang=en").body().contains("/admin/categories.xhtml"), "and from the courses");
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private static List<String> codesFrom(CategoryService categories, int from) {
        return categories.summaries().stream().skip(from).map(CategorySummary::code).toList();
    }

    private static CategorySummary summary(CategoryService categories, String code) {
        return categories.summaries().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static BusinessException business(Runnable action) {
        RuntimeException thrown = assertThrows(RuntimeException.class, action::run);
        BusinessException business = BusinessExceptions.find(thrown);
        assertNotNull(business, () -> "not a business rule: " + thrown);
        return business;
    }

    private static Map<String, String> fieldErrors(Runnable action) {
        BusinessException business = business(action);
        assertTrue(business instanceof InvalidInputException, business.toString());
        return ((InvalidInputException) business).errors().stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::messageKey));
    }

    private static JsonObject json(String code, String nameArabic, String nameEnglish) {
        var json = Json.createObjectBuilder();
        if (code != null) {
            json.add("code", code);
        }
        return json.add("nameArabic", nameArabic).add("nameEnglish", nameEnglish).build();
    }

    private static JsonObject byCode(JsonArray list, String code) {
        return list.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("code").equals(code))
                .findFirst().orElseThrow(() -> new AssertionError(code + " is not listed"));
    }

    private String token(DemoAccounts account) {
        return new WebClient(deploymentUrl).issueToken(account.username, account.password);
    }

    private static HttpResponse<String> send(WebClient client, String method, String path, JsonObject json, String token) {
        HttpRequest.Builder request = client.request(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json.toString()));
        }
        return client.send(request);
    }

    private static Map<String, String> apiFieldErrors(HttpResponse<String> response) {
        assertEquals(422, response.statusCode(), response.body());
        return WebClient.problem(response).getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("code")));
    }

    private static String detailOf(HttpResponse<String> response, String field) {
        return WebClient.problem(response).getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("field").equals(field)).findFirst().orElseThrow().getString("detail");
    }
}
