package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.SurveyStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Open (from DRAFT) or close (from OPEN) a survey. */
@Schema(name = "SurveyStatusChange")
public record SurveyStatusRequest(@NotNull SurveyStatus to) {}
