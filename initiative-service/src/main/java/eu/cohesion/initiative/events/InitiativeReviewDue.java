package eu.cohesion.initiative.events;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.kit.events.PublishedEvent;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.initiative.review-due}: the review-again date of a concluded
 * initiative has come. Announced once per initiative and date.
 */
public record InitiativeReviewDue(
    UUID initiativeId, UUID panelId, String city, String title, LocalDate reviewAgainOn)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.initiative.review-due";

  public static InitiativeReviewDue of(Initiative initiative) {
    return new InitiativeReviewDue(
        initiative.id(),
        initiative.panelId(),
        initiative.cityCode(),
        initiative.title(),
        initiative.reviewAgainOn());
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
