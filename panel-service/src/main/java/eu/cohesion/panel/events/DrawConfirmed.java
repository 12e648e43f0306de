package eu.cohesion.panel.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.panel.domain.SortitionDraw;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.panel.draw-confirmed}: the coordinator confirmed a draw and its panel
 * joined (each member also announced by {@code member-joined}). Ids, the audit's seed, digest and
 * algorithm version, and counts; no names.
 */
public record DrawConfirmed(
    UUID drawId,
    UUID panelId,
    String city,
    String seed,
    String inputsDigest,
    String algorithmVersion,
    int seats,
    List<UUID> memberIds)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.panel.draw-confirmed";

  public static DrawConfirmed of(SortitionDraw draw, List<UUID> memberIds) {
    return new DrawConfirmed(
        draw.id(),
        draw.panelId(),
        draw.cityCode(),
        Long.toString(draw.seed()),
        draw.inputsDigest(),
        draw.algorithmVersion(),
        draw.seats(),
        List.copyOf(memberIds));
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
