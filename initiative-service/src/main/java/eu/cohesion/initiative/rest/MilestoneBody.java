package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.InitiativeRules;
import eu.cohesion.initiative.domain.Milestone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Milestone", description = "A step of the initiative's plan")
public record MilestoneBody(
    @Schema(examples = "First welcome evening")
        @NotBlank
        @Size(max = InitiativeRules.MILESTONE_TITLE_MAX_LENGTH)
        String title,
    @Schema(description = "ISO-8601 date", examples = "2026-03-01") @NotNull LocalDate dueOn,
    @Schema(description = "Reached already") boolean done) {

  Milestone toMilestone() {
    return new Milestone(title, dueOn, done);
  }

  static MilestoneBody of(Milestone milestone) {
    return new MilestoneBody(milestone.title(), milestone.dueOn(), milestone.done());
  }
}
