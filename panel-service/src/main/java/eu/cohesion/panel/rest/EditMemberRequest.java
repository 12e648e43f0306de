package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.MemberRole;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.StakeholderCategory;
import eu.cohesion.panel.service.MemberEdit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "EditMember",
    description =
        "A member's details; population groups change with their consent (PUT .../consent)")
public record EditMemberRequest(
    @NotBlank @Size(max = PanelMember.DISPLAY_NAME_MAX_LENGTH) String displayName,
    @NotNull StakeholderCategory stakeholderCategory,
    @Schema(description = "One CHAIR per panel") @NotNull MemberRole role,
    @Schema(nullable = true) @Size(max = PanelMember.ORGANISATION_MAX_LENGTH) String organisation) {

  MemberEdit toCommand(Long expectedVersion) {
    return new MemberEdit(expectedVersion, displayName, stakeholderCategory, role, organisation);
  }
}
