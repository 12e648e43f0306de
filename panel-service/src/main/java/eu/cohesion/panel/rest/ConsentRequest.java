package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.PopulationGroup;
import eu.cohesion.panel.service.ConsentRecord;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ConsentRequest",
    description = "The member's consent to the current consent text, with the groups they declare")
public record ConsentRequest(
    @Schema(description = "Self-declared; replaces the groups recorded before")
        @NotNull
        @Size(max = 4)
        List<@NotNull PopulationGroup> populationGroups,
    @Schema(
            description = "The consent text shown to the member (GET /consent-texts/current)",
            examples = "consent-v1")
        @NotNull
        @Pattern(regexp = "^consent-v\\d{1,4}$")
        String consentTextVersion) {

  ConsentRecord toCommand(Long expectedVersion) {
    return new ConsentRecord(expectedVersion, populationGroups, consentTextVersion);
  }
}
