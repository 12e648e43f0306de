package eu.cohesion.panel.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import eu.cohesion.panel.domain.MemberRole;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.PopulationGroup;
import eu.cohesion.panel.domain.StakeholderCategory;
import eu.cohesion.panel.service.NewMember;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AddMember", description = "A new member of a Local Panel of Stakeholders")
public record AddMemberRequest(
    @Schema(description = "How the member is named in the panel (personal data)", examples = "Ann")
        @NotBlank
        @Size(max = PanelMember.DISPLAY_NAME_MAX_LENGTH)
        String displayName,
    @Schema(description = "What the member stands for; decides the pillar") @NotNull
        StakeholderCategory stakeholderCategory,
    @Schema(nullable = true, description = "MEMBER when left out; one CHAIR per panel")
        MemberRole role,
    @Schema(nullable = true, description = "The organisation the member represents, if any")
        @Size(max = PanelMember.ORGANISATION_MAX_LENGTH)
        String organisation,
    @Schema(
            nullable = true,
            description =
                "Self-declared groups the member speaks for: sensitive, only with consentRecorded")
        @Size(max = 4)
        List<@NotNull PopulationGroup> populationGroups,
    @Schema(
            description =
                "Whether the member consented to the recording of their population groups")
        @NotNull
        Boolean consentRecorded,
    @Schema(
            nullable = true,
            description =
                "With consentRecorded: the version of the consent text the member agreed to (GET"
                    + " /consent-texts/current)",
            examples = "consent-v1")
        @Pattern(regexp = "^consent-v\\d{1,4}$")
        String consentTextVersion) {

  @AssertTrue(message = "consentTextVersion names the consent text agreed to, with consentRecorded")
  @JsonIgnore
  @Schema(hidden = true)
  boolean isConsentTextVersionGivenWithConsent() {
    return Boolean.TRUE.equals(consentRecorded) == (consentTextVersion != null);
  }

  NewMember toCommand() {
    return new NewMember(
        displayName,
        stakeholderCategory,
        role,
        organisation,
        populationGroups == null ? List.of() : populationGroups,
        Boolean.TRUE.equals(consentRecorded) ? consentTextVersion : null);
  }
}
