package org.tadreeb.reporting;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One group's figures in a training report.
 *
 * @param trainees     distinct people with a finished enrolment (completed or failed)
 * @param enrolments   seats taken: enrolled, completed or failed
 * @param completed    enrolments completed with a pass
 * @param failed       enrolments completed without one
 * @param certificates first certificates issued in the period (reissues are not counted again)
 * @param hours        training hours delivered: each enrolment's contact hours times its attendance rate
 * @param evaluation   the mean evaluation score (1–5) of the group's cohorts, or null: none, too few answers to
 *                     show, or a group anonymous answers cannot be attributed to (governorate, organisation type,
 *                     gender)
 */
public record TrainingFigures(long trainees, long enrolments, long completed, long failed, long certificates,
                              BigDecimal hours, BigDecimal evaluation) implements Serializable {

    public static final TrainingFigures NONE = new TrainingFigures(0, 0, 0, 0, 0, BigDecimal.ZERO.setScale(1));

    public TrainingFigures {
        hours = (hours == null ? BigDecimal.ZERO : hours).setScale(1, RoundingMode.HALF_UP);
        evaluation = evaluation == null ? null : evaluation.setScale(2, RoundingMode.HALF_UP);
    }

    public TrainingFigures(long trainees, long enrolments, long completed, long failed, long certificates,
                           BigDecimal hours) {
        this(trainees, enrolments, completed, failed, certificates, hours, null);
    }

    TrainingFigures withEvaluation(BigDecimal mean) {
        return new TrainingFigures(trainees, enrolments, completed, failed, certificates, hours, mean);
    }

    /** Passed out of those who finished, in percent with one decimal; null when nobody has finished yet. */
    public BigDecimal passRate() {
        long finished = completed + failed;
        if (finished == 0) {
            return null;
        }
        return BigDecimal.valueOf(completed * 100L).divide(BigDecimal.valueOf(finished), 1, RoundingMode.HALF_UP);
    }

    TrainingFigures withCertificates(long issued) {
        return new TrainingFigures(trainees, enrolments, completed, failed, issued, hours, evaluation);
    }

    public JsonObjectBuilder toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("trainees", trainees)
                .add("enrolments", enrolments)
                .add("completed", completed)
                .add("failed", failed)
                .add("certificates", certificates)
                .add("hours", hours);
        if (evaluation == null) {
            json.addNull("evaluation");
        } else {
            json.add("evaluation", evaluation);
        }
        BigDecimal rate = passRate();
        if (rate == null) {
            json.addNull("passRate");
        } else {
            json.add("passRate", rate);
        }
        return json;
    }
}
