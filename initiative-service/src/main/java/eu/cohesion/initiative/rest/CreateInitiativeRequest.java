package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.InitiativeRules;
import eu.cohesion.initiative.service.NewInitiative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateInitiative", description = "A new initiative of a panel, started as DRAFT")
public record CreateInitiativeRequest(
    @Schema(description = "The panel (Local Panel of Stakeholders) running the initiative") @NotNull
        UUID panelId,
    @Schema(examples = "Welcome desk run by newcomers")
        @NotBlank
        @Size(max = InitiativeRules.TITLE_MAX_LENGTH)
        String title,
    @Schema(nullable = true) @Size(max = InitiativeRules.SUMMARY_MAX_LENGTH) String summary) {

  NewInitiative toCommand() {
    return new NewInitiative(panelId, title, summary);
  }
}
