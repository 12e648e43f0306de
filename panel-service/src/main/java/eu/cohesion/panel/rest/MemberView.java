package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.EDIT_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.ERASE_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.INVITE_MEMBER_ACCOUNT;
import static eu.cohesion.panel.domain.PanelAction.LINK_MEMBER_ACCOUNT;
import static eu.cohesion.panel.domain.PanelAction.RECORD_CONSENT;
import static eu.cohesion.panel.domain.PanelAction.REMOVE_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.SEARCH_MEMBER_ACCOUNTS;
import static eu.cohesion.panel.domain.PanelAction.UNLINK_MEMBER_ACCOUNT;
import static eu.cohesion.panel.domain.PanelAction.VIEW_POPULATION_GROUPS;
import static eu.cohesion.panel.domain.PanelAction.WITHDRAW_CONSENT;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.MemberRole;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.Pillar;
import eu.cohesion.panel.domain.PopulationGroup;
import eu.cohesion.panel.domain.StakeholderCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One membership period with personal data: only for the member's own town and network admins.
 * Population groups, consent and leave reason only for those who may see population groups.
 */
@Schema(
    name = "PanelMember",
    description =
        "One membership period in a panel, with personal data (never shown to the public). A"
            + " person who left and came back has two periods.")
public record MemberView(
    UUID id,
    UUID panelId,
    @Schema(description = "Code of the panel's town", examples = "mechelen") String city,
    String displayName,
    StakeholderCategory stakeholderCategory,
    @Schema(description = "Pillar of the stakeholder category") Pillar pillar,
    MemberRole role,
    @Schema(nullable = true) String organisation,
    @Schema(
            nullable = true,
            description =
                "Self-declared, only with consent; null when the caller may not see them (fellow"
                    + " members never do)")
        List<PopulationGroup> populationGroups,
    @Schema(
            nullable = true,
            description =
                "The recorded consent; null without one or when the caller may not see it")
        ConsentView consent,
    @Schema(nullable = true, description = "The person's Keycloak account, when linked")
        UUID keycloakUserId,
    @Schema(description = "ISO-8601 UTC") Instant joinedAt,
    @Schema(nullable = true, description = "ISO-8601 UTC; null while the member is in the panel")
        Instant leftAt,
    @Schema(nullable = true, description = "Why the member left; only with the population groups")
        String leaveReason,
    @Schema(description = "Send it back in If-Match to change the member; also the ETag")
        long version,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt,
    @Schema(description = "What the caller may do with this member")
        List<PanelAction> allowedActions) {

  @Schema(name = "MemberConsent", description = "Consent to the recording of population groups")
  public record ConsentView(
      @Schema(description = "ISO-8601 UTC") Instant recordedAt,
      @Schema(description = "The consent text agreed to", examples = "consent-v1")
          String textVersion) {}

  static MemberView of(PanelMember member, String city, Actor actor) {
    boolean sensitive = PanelPermissions.TABLE.allows(VIEW_POPULATION_GROUPS, actor, city);
    return new MemberView(
        member.id(),
        member.panelId(),
        city,
        member.displayName(),
        member.stakeholderCategory(),
        member.stakeholderCategory().pillar(),
        member.role(),
        member.organisation(),
        sensitive ? List.copyOf(member.populationGroups()) : null,
        sensitive && member.consentRecordedAt() != null
            ? new ConsentView(member.consentRecordedAt(), member.consentTextVersion())
            : null,
        member.keycloakUserId(),
        member.joinedAt(),
        member.leftAt(),
        sensitive ? member.leaveReason() : null,
        member.version(),
        member.updatedAt(),
        allowedActions(member, city, actor));
  }

  /** A period that ended is history: only the consent can still be withdrawn. */
  private static List<PanelAction> allowedActions(PanelMember member, String city, Actor actor) {
    List<PanelAction> candidates = new ArrayList<>();
    if (member.isActive()) {
      candidates.addAll(List.of(EDIT_MEMBER, REMOVE_MEMBER, RECORD_CONSENT));
      // Member accounts: link or invite while there is no link, unlink while there is one.
      if (member.keycloakUserId() == null) {
        candidates.addAll(
            List.of(SEARCH_MEMBER_ACCOUNTS, LINK_MEMBER_ACCOUNT, INVITE_MEMBER_ACCOUNT));
      } else {
        candidates.add(UNLINK_MEMBER_ACCOUNT);
      }
    }
    if (member.consentRecordedAt() != null) {
      candidates.add(WITHDRAW_CONSENT);
    }
    // Erasure (GDPR Art. 17) is for a person still named: an erased record has nothing to erase.
    if (!PanelMember.ERASED_NAME.equals(member.displayName())) {
      candidates.add(ERASE_MEMBER);
    }
    return PanelPermissions.TABLE.allowedFor(actor, city, candidates.toArray(PanelAction[]::new));
  }
}
