package eu.cohesion.practice.domain.webhook;

/**
 * ACTIVE subscriptions receive events; PAUSED ones (by the subscriber or after failures) do not.
 */
public enum SubscriptionStatus {
  ACTIVE,
  PAUSED
}
