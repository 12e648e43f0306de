package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.Conclusion;
import eu.cohesion.initiative.domain.InitiativeRules;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.domain.Outcome;
import eu.cohesion.initiative.service.StatusChange;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "TransitionRequest",
    description =
        "One lifecycle step. outcome and conclusion are required for the step to CONCLUDED and"
            + " refused for any other step. Concluding needs the latest review round, if the"
            + " panel opened one, to be closed.")
@ConclusionOnlyWhenConcluding
public record TransitionRequest(
    @Schema(description = "The state to move to; see allowedTransitions of the initiative") @NotNull
        InitiativeStatus to,
    @Schema(description = "Why the step is taken; kept in the history")
        @NotBlank
        @Size(max = InitiativeRules.REASON_MAX_LENGTH)
        String reason,
    @Schema(nullable = true, description = "Only with to = CONCLUDED") Outcome outcome,
    @Schema(nullable = true, description = "Only with to = CONCLUDED")
        @Size(max = InitiativeRules.CONCLUSION_MAX_LENGTH)
        String conclusion,
    @Schema(
            nullable = true,
            description =
                "Only with to = CONCLUDED: when the panel reviews the initiative again (YYYY-MM-DD,"
                    + " in the future); eu.cohesion.initiative.review-due is announced that day")
        @Future
        LocalDate reviewAgainOn) {

  StatusChange toCommand(Long expectedVersion) {
    Conclusion concluded =
        to == InitiativeStatus.CONCLUDED
            ? new Conclusion(outcome, conclusion, reviewAgainOn)
            : null;
    return new StatusChange(expectedVersion, to, reason, concluded);
  }
}
