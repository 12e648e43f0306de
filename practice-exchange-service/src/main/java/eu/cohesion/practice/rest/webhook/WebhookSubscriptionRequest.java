package eu.cohesion.practice.rest.webhook;

import eu.cohesion.practice.domain.webhook.WebhookEventTypes;
import eu.cohesion.practice.domain.webhook.WebhookTarget;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new subscription: where to POST and which public event types. */
public record WebhookSubscriptionRequest(
    @Schema(
            description = "https URL on a public host (http to 127.0.0.1/localhost in development)",
            example = "https://hooks.example.org/cohesion")
        @NotNull
        @Size(max = WebhookTarget.MAX_LENGTH)
        String url,
    @Schema(
            description = "Public event types, e.g. eu.cohesion.practice.published",
            example = "[\"eu.cohesion.practice.published\"]")
        @NotNull
        @Size(min = 1, max = WebhookEventTypes.MAX)
        List<@NotNull @Size(max = 100) String> eventTypes) {}
