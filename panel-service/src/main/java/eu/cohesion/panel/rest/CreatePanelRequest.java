package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.PanelRules;
import eu.cohesion.panel.service.NewPanel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreatePanel", description = "A new Local Panel of Stakeholders")
public record CreatePanelRequest(
    @Schema(description = "Code of the panel's town", examples = "mechelen")
        @NotBlank
        @Size(max = 64)
        String city,
    @Schema(description = "Unique within the town, ignoring case", examples = "Mechelen LPS 2025")
        @NotBlank
        @Size(max = PanelRules.NAME_MAX_LENGTH)
        String name,
    @Schema(nullable = true) @Size(max = PanelRules.DESCRIPTION_MAX_LENGTH) String description) {

  NewPanel toCommand() {
    return new NewPanel(city, name, description);
  }
}
