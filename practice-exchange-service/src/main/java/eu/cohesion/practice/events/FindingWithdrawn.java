package eu.cohesion.practice.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.practice.domain.finding.CommonFinding;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.finding.withdrawn} on {@code practice-events}; the reason stays with
 * the finding.
 */
public record FindingWithdrawn(UUID findingId, Instant withdrawnAt) implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.finding.withdrawn";

  public static FindingWithdrawn of(CommonFinding finding) {
    return new FindingWithdrawn(finding.id(), finding.withdrawnAt());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public UUID subject() {
    return findingId;
  }
}
