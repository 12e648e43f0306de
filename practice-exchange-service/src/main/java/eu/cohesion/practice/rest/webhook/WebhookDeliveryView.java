package eu.cohesion.practice.rest.webhook;

import eu.cohesion.practice.domain.webhook.DeliveryStatus;
import eu.cohesion.practice.domain.webhook.WebhookDelivery;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the delivery log. */
public record WebhookDeliveryView(
    UUID id,
    @Schema(description = "The CloudEvent id, also sent as webhook-id") String eventId,
    String eventType,
    DeliveryStatus status,
    @Schema(description = "Attempts made so far") int attempts,
    @Schema(description = "HTTP status of the last attempt; null when none came back")
        Integer lastStatusCode,
    @Schema(description = "What went wrong last; null after success") String lastError,
    @Schema(description = "When the next attempt is due; null once delivered or given up")
        Instant nextAttemptAt,
    Instant deliveredAt,
    Instant createdAt,
    Instant updatedAt) {

  public static WebhookDeliveryView of(WebhookDelivery d) {
    return new WebhookDeliveryView(
        d.id(),
        d.eventId(),
        d.eventType(),
        d.status(),
        d.attempts(),
        d.lastStatusCode(),
        d.lastError(),
        d.nextAttemptAt(),
        d.deliveredAt(),
        d.createdAt(),
        d.updatedAt());
  }
}
