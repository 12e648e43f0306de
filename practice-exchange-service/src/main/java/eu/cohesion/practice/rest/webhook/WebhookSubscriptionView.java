package eu.cohesion.practice.rest.webhook;

import eu.cohesion.practice.domain.webhook.SubscriptionStatus;
import eu.cohesion.practice.domain.webhook.WebhookSubscription;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as its subscriber reads it; the secret is never shown again. */
public record WebhookSubscriptionView(
    UUID id,
    String url,
    List<String> eventTypes,
    SubscriptionStatus status,
    @Schema(description = "Why it is paused; null when active") String pausedReason,
    @Schema(description = "Failed attempts in a row; the subscription pauses at the limit")
        int consecutiveFailures,
    Instant createdAt,
    Instant updatedAt) {

  public static WebhookSubscriptionView of(WebhookSubscription s) {
    return new WebhookSubscriptionView(
        s.id(),
        s.targetUrl(),
        s.eventTypes(),
        s.status(),
        s.pausedReason(),
        s.consecutiveFailures(),
        s.createdAt(),
        s.updatedAt());
  }
}
