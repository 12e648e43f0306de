package eu.cohesion.initiative.events;

import eu.cohesion.initiative.domain.EligibleReviewer;
import eu.cohesion.initiative.domain.ReviewRound;
import eu.cohesion.kit.events.PublishedEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.review-round.opened}: who may review, as Keycloak user ids, so that
 * the notifications can reach them. Subject and key are the initiative, so that the round's events
 * stay in order with the initiative's conclusion.
 */
public record ReviewRoundOpened(
    UUID roundId,
    UUID initiativeId,
    UUID panelId,
    String city,
    List<String> eligibleReviewerIds,
    Instant closesAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.review-round.opened";

  public static ReviewRoundOpened of(ReviewRound round) {
    return new ReviewRoundOpened(
        round.id(),
        round.initiativeId(),
        round.panelId(),
        round.cityCode(),
        round.eligible().stream().map(EligibleReviewer::keycloakUserId).toList(),
        round.closesAt());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public UUID subject() {
    return initiativeId;
  }
}
