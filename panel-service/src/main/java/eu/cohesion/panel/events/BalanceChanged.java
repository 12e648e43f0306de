package eu.cohesion.panel.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.Pillar;
import eu.cohesion.panel.domain.PopulationGroup;
import eu.cohesion.panel.domain.balance.BalanceAssessment;
import eu.cohesion.panel.domain.balance.GapKind;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.panel.balance-changed}, published only when a panel's score or gaps
 * changed: the score and which gaps it has, by kind and the pillar or group they concern. No counts
 * per population group and nobody's data: a gap names a group, never a member.
 */
public record BalanceChanged(
    UUID panelId, String city, int score, Integer previousScore, List<Gap> gaps, int rulesVersion)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.panel.balance-changed";

  /** One gap: its kind and the pillar or the group it concerns (the other is null). */
  public record Gap(GapKind kind, Pillar pillar, PopulationGroup group) {}

  public static BalanceChanged of(
      Panel panel, BalanceAssessment assessment, Integer previousScore, int rulesVersion) {
    return new BalanceChanged(
        panel.id(),
        panel.cityCode(),
        assessment.score(),
        previousScore,
        assessment.gaps().stream().map(g -> new Gap(g.kind(), g.pillar(), g.group())).toList(),
        rulesVersion);
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
