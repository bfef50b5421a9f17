package org.tadreeb.evaluation.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Locale;
import org.tadreeb.evaluation.CohortEvaluation;
import org.tadreeb.evaluation.EvaluationForm;
import org.tadreeb.evaluation.OpenEvaluation;

/** The JSON shapes of the evaluation endpoints. Texts come in the caller's language. */
final class EvaluationJson {

    private EvaluationJson() {
    }

    static JsonObject of(OpenEvaluation open, Locale locale) {
        return Json.createObjectBuilder()
                .add("id", open.id())
                .add("cohort", open.cohortCode())
                .add("course", open.courseTitle(locale))
                .add("endedOn", open.endedOn().toString())
                .build();
    }

    static JsonObject of(EvaluationForm form, Locale locale) {
        var questions = Json.createArrayBuilder();
        form.questions().forEach(q -> questions.add(Json.createObjectBuilder()
                .add("id", q.id()).add("number", q.number()).add("topic", q.topic().name()).add("text", q.text(locale))));
        return Json.createObjectBuilder()
                .add("id", form.id())
                .add("cohort", form.cohortCode())
                .add("course", form.courseTitle(locale))
                .add("endedOn", form.endedOn().toString())
                .add("anonymous", form.anonymous())
                .add("answered", form.answered())
                .add("version", form.version())
                .add("scale", Json.createObjectBuilder().add("lowest", 1).add("highest", 5))
                .add("questions", questions)
                .build();
    }

    static JsonObject of(CohortEvaluation results, Locale locale) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("cohort", results.cohortCode())
                .add("course", results.courseCode())
                .add("courseTitle", results.courseTitle(locale))
                .add("endedOn", results.endedOn().toString())
                .add("version", results.version())
                .add("anonymous", results.anonymous())
                .add("invited", results.invited())
                .add("responses", results.responses())
                .add("minimumResponses", results.minimum())
                .add("shown", results.shown());
        mean(json, "mean", results.overall());
        var questions = Json.createArrayBuilder();
        for (CohortEvaluation.QuestionResult question : results.questions()) {
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("id", question.id())
                    .add("number", question.number())
                    .add("topic", question.topic().name())
                    .add("text", question.text(locale));
            if (results.shown()) {
                item.add("answered", question.answered());
                mean(item, "mean", question.mean());
                JsonObjectBuilder distribution = Json.createObjectBuilder();
                for (int score = 1; score <= question.distribution().size(); score++) {
                    distribution.add(Integer.toString(score), question.distribution().get(score - 1));
                }
                item.add("distribution", distribution);
            }
            questions.add(item);
        }
        var comments = Json.createArrayBuilder();
        results.comments().forEach(comments::add);
        return json.add("questions", questions).add("comments", comments).build();
    }

    private static void mean(JsonObjectBuilder json, String name, BigDecimal mean) {
        if (mean == null) {
            json.addNull(name);
        } else {
            json.add(name, mean);
        }
    }
}
