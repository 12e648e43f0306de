package eu.cohesion.panel.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.panel.domain.MemberRole;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.StakeholderCategory;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.panel.member-joined}: ids, category and role only. The member's name,
 * organisation and population groups are personal data and stay in panel-service. The subject is
 * the panel, so that a panel's events stay in order.
 */
public record MemberJoined(
    UUID panelId,
    UUID memberId,
    String city,
    UUID keycloakUserId,
    StakeholderCategory stakeholderCategory,
    MemberRole role)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.panel.member-joined";

  public static MemberJoined of(Panel panel, PanelMember member) {
    return new MemberJoined(
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
