package eu.cohesion.panel.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.panel.domain.Decision;
import eu.cohesion.panel.domain.PanelSession;
import eu.cohesion.panel.domain.Quorum;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.panel.session-held}: ids, counts and whether the quorum was met, and
 * the initiatives the session decided about. No names, no attendance list, no texts: who attended
 * is personal data and stays in panel-service. The subject is the panel, so a panel's events stay
 * in order.
 */
public record SessionHeld(
    UUID panelId,
    UUID sessionId,
    String city,
    Instant startsAt,
    int eligibleMembers,
    int present,
    int apologies,
    boolean quorumMet,
    List<UUID> decisionInitiativeIds)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.panel.session-held";

  public static SessionHeld of(PanelSession session, Quorum quorum) {
    return new SessionHeld(
        session.panelId(),
        session.id(),
        session.cityCode(),
        session.startsAt(),
        quorum.eligible(),
        session.presentCount(),
        session.apologyCount(),
        quorum.met(),
        session.decisions().stream()
            .map(Decision::initiativeId)
            .filter(Objects::nonNull)
            .distinct()
            .toList());
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
