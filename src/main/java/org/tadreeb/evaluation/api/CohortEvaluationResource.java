package org.tadreeb.evaluation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.tadreeb.evaluation.EvaluationResults;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.i18n.LanguageResolver;
import org.tadreeb.cohort.CohortCode;

/** A cohort's evaluation results, in aggregate. */
@Path("cohorts/{code}/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"INSTRUCTOR", "ADMINISTRATOR"})
@SecurityRequirement(name = "bearer")
public class CohortEvaluationResource {

    @Inject
    EvaluationResults results;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The cohort's evaluation in aggregate (its instructors and administrators): invited and "
            + "answered counts and, once enough trainees answered, each question's mean and distribution and the "
            + "comments without names; 404 while the cohort has no survey")
    public JsonObject results(@PathParam("code") CohortCode code) {
        return EvaluationJson.of(results.ofCohort(security.getUserPrincipal().getName(), code.value())
                        .orElseThrow(() -> new NoSurveyException(code.value())),
                LanguageResolver.resolve(request).locale());
    }

    /** The cohort exists but has not been evaluated yet (it has not completed). */
    static class NoSurveyException extends BusinessException {

        NoSurveyException(String code) {
            super(404, "evaluation.error.noSurvey", code);
        }
    }
}
