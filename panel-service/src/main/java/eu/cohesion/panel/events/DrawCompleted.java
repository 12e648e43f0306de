package eu.cohesion.panel.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.panel.domain.SortitionDraw;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.panel.draw-completed}: a draw of a panel's candidate pool sampled its
 * panel. What anyone needs to check it (seed, inputs digest, algorithm version) and counts; no
 * candidate is named. The subject is the panel, so that a panel's events stay in order.
 */
public record DrawCompleted(
    UUID drawId,
    UUID panelId,
    String city,
    long poolVersion,
    String seed,
    String inputsDigest,
    String algorithmVersion,
    int candidates,
    int seats)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.panel.draw-completed";

  public static DrawCompleted of(SortitionDraw draw) {
    return new DrawCompleted(
        draw.id(),
        draw.panelId(),
        draw.cityCode(),
        draw.poolVersion(),
        Long.toString(draw.seed()),
        draw.inputsDigest(),
        draw.algorithmVersion(),
        draw.candidateCount(),
        draw.seats());
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
