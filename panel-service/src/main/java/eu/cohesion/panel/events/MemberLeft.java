package eu.cohesion.panel.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.panel.domain.MemberRole;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.StakeholderCategory;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.panel.member-left}: a membership period ended. The leave reason is
 * free text about a person and stays in panel-service.
 */
public record MemberLeft(
    UUID panelId,
    UUID memberId,
    String city,
    UUID keycloakUserId,
    StakeholderCategory stakeholderCategory,
    MemberRole role,
    Instant leftAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.panel.member-left";

  public static MemberLeft of(Panel panel, PanelMember member) {
    return new MemberLeft(
        panel.id(),
        member.id(),
        panel.cityCode(),
        member.keycloakUserId(),
        member.stakeholderCategory(),
        member.role(),
        member.leftAt());
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
