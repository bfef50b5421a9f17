package org.tadreeb.grading.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import org.tadreeb.grading.AttendanceTally;
import org.tadreeb.grading.Gradebook;
import org.tadreeb.grading.TraineeResult;

/** The grading API's JSON: gradebooks for instructors and administrators, results for a trainee. */
final class GradebookJson {

    private GradebookJson() {
    }

    static JsonObjectBuilder of(Gradebook gradebook) {
        JsonArrayBuilder components = Json.createArrayBuilder();
        for (Gradebook.Component component : gradebook.components()) {
            components.add(Json.createObjectBuilder()
                    .add("id", component.id())
                    .add("position", component.position())
                    .add("nameArabic", component.nameArabic())
                    .add("nameEnglish", component.nameEnglish())
                    .add("maxScore", component.maxScore())
                    .add("weight", component.weight()));
        }
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (Gradebook.Row row : gradebook.rows()) {
            JsonArrayBuilder scores = Json.createArrayBuilder();
            for (Gradebook.Component component : gradebook.components()) {
                scores.add(number(Json.createObjectBuilder().add("component", component.id()), "points",
                        row.pointsAt(component.position() - 1)));
            }
            AttendanceTally tally = row.attendance();
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("serviceNumber", row.serviceNumber())
                    .add("nameArabic", row.nameArabic())
                    .add("nameLatin", row.nameLatin())
                    .add("status", row.status().name())
                    .add("scores", scores)
                    .add("attendance", number(Json.createObjectBuilder()
                            .add("present", tally.present())
                            .add("late", tally.late())
                            .add("absent", tally.absent())
                            .add("excused", tally.excused()), "rate", row.result().attendanceRate()));
            number(json, "weightedTotal", row.result().weightedTotal());
            rows.add(json.add("verdict", row.result().verdict().name()));
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("cohort", gradebook.cohortCode())
                .add("cohortStatus", gradebook.cohortStatus().name())
                .add("course", gradebook.courseCode())
                .add("passMark", gradebook.passMark())
                .add("minimumAttendance", gradebook.minimumAttendance())
                .add("excusedAbsences", gradebook.excusedAbsences().name())
                .add("published", gradebook.isPublished());
        instant(json, "publishedAt", gradebook.publishedAt());
        return json.add("components", components).add("rows", rows);
    }

    static JsonObjectBuilder of(TraineeResult result) {
        JsonArrayBuilder attendance = Json.createArrayBuilder();
        for (TraineeResult.MeetingMark mark : result.attendance()) {
            JsonObjectBuilder meeting = Json.createObjectBuilder()
                    .add("startsAt", mark.startsAt().toString())
                    .add("mark", mark.mark().name());
            if (mark.note() != null) {
                meeting.add("note", mark.note());
            }
            attendance.add(meeting);
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("cohort", result.cohortCode())
                .add("course", result.courseCode())
                .add("courseTitleArabic", result.courseTitleArabic())
                .add("courseTitleEnglish", result.courseTitleEnglish())
                .add("status", result.status().name())
                .add("passMark", result.passMark())
                .add("minimumAttendance", result.minimumAttendance())
                .add("published", result.isPublished());
        number(json, "attendanceRate", result.attendanceRate());
        json.add("attendance", attendance);
        if (result.isPublished()) {
            JsonArrayBuilder scores = Json.createArrayBuilder();
            for (TraineeResult.ComponentScore score : result.scores()) {
                scores.add(number(Json.createObjectBuilder()
                        .add("nameArabic", score.nameArabic())
                        .add("nameEnglish", score.nameEnglish())
                        .add("maxScore", score.maxScore())
                        .add("weight", score.weight()), "points", score.points()));
            }
            instant(json, "publishedAt", result.publishedAt());
            number(json.add("scores", scores), "weightedTotal", result.weightedTotal());
            json.add("verdict", result.verdict().name());
        }
        return json;
    }

    private static JsonObjectBuilder number(JsonObjectBuilder json, String name, BigDecimal value) {
        return value == null ? json.addNull(name) : json.add(name, value);
    }

    private static void instant(JsonObjectBuilder json, String name, Instant value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toString());
        }
    }
}
