package eu.cohesion.panel.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.panel.domain.MemberRole;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.StakeholderCategory;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.panel.member-changed}: a member's category, role, account link or
 * consent changed. Carries the state after the change as ids, category and role; what else changed
 * (name, organisation, population groups) is personal data and stays in panel-service.
 */
public record MemberChanged(
    UUID panelId,
    UUID memberId,
    String city,
    UUID keycloakUserId,
    StakeholderCategory stakeholderCategory,
    MemberRole role)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.panel.member-changed";

  public static MemberChanged of(Panel panel, PanelMember member) {
    return new MemberChanged(
        panel.id(),
        member.id(),
        panel.cityCode(),
        member.keycloakUserId(),
        member.stakeholderCategory(),
        member.role());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public UUID subject() {
    return panelId;
  }
}
