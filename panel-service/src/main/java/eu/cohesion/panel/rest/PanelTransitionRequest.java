package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.PanelStatus;
import eu.cohesion.panel.service.PanelStatusChange;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PanelTransition", description = "One lifecycle step of a panel")
public record PanelTransitionRequest(
    @Schema(description = "The state to move to; see allowedTransitions of the panel") @NotNull
        PanelStatus to) {

  PanelStatusChange toCommand(Long expectedVersion) {
    return new PanelStatusChange(expectedVersion, to);
  }
}
