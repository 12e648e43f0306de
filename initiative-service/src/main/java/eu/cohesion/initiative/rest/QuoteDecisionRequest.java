package eu.cohesion.initiative.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The coordinator's decision on one free-text answer. */
@Schema(name = "QuoteDecision")
public record QuoteDecisionRequest(
    @Schema(description = "true: shown as a quote beyond the coordinators; false: kept hidden")
        @NotNull
        Boolean approved) {}
