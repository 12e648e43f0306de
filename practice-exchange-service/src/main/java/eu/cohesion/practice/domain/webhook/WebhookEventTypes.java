package eu.cohesion.practice.domain.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The event types a webhook may subscribe to: public facts whose payloads (contracts/asyncapi.yaml)
 * carry ids, towns, states, titles of published things and times, never personal data. Left out on
 * purpose: drafts, submissions and returns (not public), the discussion's events (they point at
 * people's posts), {@code eu.cohesion.initiative.concluded} (its conclusion text and review results
 * are the town's until a practice is published) and every panel fact.
 */
public final class WebhookEventTypes {

  public static final Set<String> PUBLIC =
      Set.of(
          "eu.cohesion.practice.published",
          "eu.cohesion.practice.revised",
          "eu.cohesion.practice.unpublished",
          "eu.cohesion.transfer.changed",
          "eu.cohesion.finding.published",
          "eu.cohesion.finding.revised",
          "eu.cohesion.finding.withdrawn",
          "eu.cohesion.recommendation.published",
          "eu.cohesion.recommendation.withdrawn",
          "eu.cohesion.recommendation.endorsed");

  /** At most this many types in one subscription: all of {@link #PUBLIC}. */
  public static final int MAX = 10;

  private WebhookEventTypes() {}

  /**
   * The types, sorted and without duplicates: 422 for an empty list or one naming a type outside
   * {@link #PUBLIC}.
   */
  public static List<String> check(List<String> requested) {
    if (requested == null || requested.isEmpty()) {
      throw WebhookRuleException.eventTypes("name at least one event type of " + sorted(PUBLIC));
    }
    Set<String> types = new TreeSet<>();
    List<String> refused = new ArrayList<>();
    for (String type : requested) {
      if (type != null && PUBLIC.contains(type)) {
        types.add(type);
      } else {
        refused.add(String.valueOf(type));
      }
    }
    if (!refused.isEmpty()) {
      throw WebhookRuleException.eventTypes(
          "not a public event type: "
              + String.join(", ", refused)
              + "; allowed: "
              + sorted(PUBLIC));
    }
    return List.copyOf(types);
  }

  private static String sorted(Set<String> types) {
    return String.join(", ", new TreeSet<>(types));
  }
}
