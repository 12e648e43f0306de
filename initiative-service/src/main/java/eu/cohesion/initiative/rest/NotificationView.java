package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.NotificationKind;
import eu.cohesion.initiative.service.NotificationInbox;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A notification as its recipient reads it; the SPA renders kind + params in the reader's language.
 */
@Schema(
    name = "Notification",
    requiredProperties = {"id", "kind", "params", "link", "createdAt", "read"})
public record NotificationView(
    UUID id,
    NotificationKind kind,
    @Schema(
            description =
                "What the message needs: roundId, initiativeId, city, closesAt, reviewAgainOn —"
                    + " ids and dates only")
        Map<String, String> params,
    @Schema(
            description = "Relative SPA route the notification leads to",
            example = "/initiatives/3f0c…")
        String link,
    Instant createdAt,
    @Schema(description = "When the recipient marked it read; absent while unread") Instant readAt,
    boolean read) {

  static NotificationView of(NotificationInbox.Entry entry) {
    return new NotificationView(
        entry.id(),
        entry.kind(),
        entry.params(),
        entry.link(),
        entry.createdAt(),
        entry.readAt(),
        entry.readAt() != null);
  }
}
