package eu.cohesion.practice.rest.webhook;

import eu.cohesion.practice.domain.webhook.SubscriptionStatus;
import eu.cohesion.practice.domain.webhook.WebhookEventTypes;
import eu.cohesion.practice.domain.webhook.WebhookTarget;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The subscription as the subscriber wants it now; PAUSED stops and ACTIVE resumes deliveries. */
public record WebhookSubscriptionChange(
    @Schema(example = "https://hooks.example.org/cohesion")
        @NotNull
        @Size(max = WebhookTarget.MAX_LENGTH)
        String url,
    @NotNull @Size(min = 1, max = WebhookEventTypes.MAX)
        List<@NotNull @Size(max = 100) String> eventTypes,
    @NotNull SubscriptionStatus status) {}
