package eu.cohesion.initiative.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.practice.followers-notified} on practice-events, as the notifier needs
 * it: whom to tell about a practice, and why.
 */
public record FollowersNotified(
    @NotNull UUID practiceId,
    @NotBlank String city,
    @NotNull Reason reason,
    @NotNull List<@NotBlank String> recipientIds) {

  public static final String TYPE = "eu.cohesion.practice.followers-notified";

  /** Why, as practice-exchange-service says it. */
  public enum Reason {
    PUBLISHED,
    REVISED,
    ANSWERED
  }
}
