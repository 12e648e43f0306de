package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.Pillar;
import eu.cohesion.panel.domain.PopulationGroup;
import eu.cohesion.panel.domain.StakeholderCategory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A panel member with personal data: only for the member's own town and network admins. */
@Schema(
    name = "PanelMember",
    description = "A member of a panel, with personal data (never shown to the public)")
public record MemberView(
    UUID id,
    UUID panelId,
    String displayName,
    StakeholderCategory stakeholderCategory,
    @Schema(description = "Pillar of the stakeholder category") Pillar pillar,
    @Schema(nullable = true) String organisation,
    @Schema(description = "Empty unless the member consented")
        List<PopulationGroup> populationGroups,
    @Schema(nullable = true, description = "ISO-8601 UTC; null when no consent was recorded")
        Instant consentRecordedAt,
    @Schema(description = "ISO-8601 UTC") Instant joinedAt,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt) {

  static MemberView of(PanelMember member) {
    return new MemberView(
        member.id(),
        member.panelId(),
        member.displayName(),
        member.stakeholderCategory(),
        member.stakeholderCategory().pillar(),
        member.organisation(),
        List.copyOf(member.populationGroups()),
        member.consentRecordedAt(),
        member.joinedAt(),
        member.updatedAt());
  }
}
