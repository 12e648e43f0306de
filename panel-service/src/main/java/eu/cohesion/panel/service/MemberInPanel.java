package eu.cohesion.panel.service;

import eu.cohesion.kit.domain.Aggregate;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelMember;
import java.util.UUID;

/**
 * A member as the change gate sees it: its own id and version (the ETag of the member), the town of
 * its panel (the scope of the permission check).
 */
public record MemberInPanel(Panel panel, PanelMember member) implements Aggregate {

  @Override
  public UUID id() {
    return member.id();
  }

  @Override
  public String cityCode() {
    return panel.cityCode();
  }

  @Override
  public long version() {
    return member.version();
  }
}
