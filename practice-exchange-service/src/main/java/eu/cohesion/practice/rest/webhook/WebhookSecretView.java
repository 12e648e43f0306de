package eu.cohesion.practice.rest.webhook;

import eu.cohesion.practice.service.webhook.WebhookSubscriptions.WithSecret;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A created subscription or a rotated secret: the only answer that carries the secret. */
public record WebhookSecretView(
    WebhookSubscriptionView subscription,
    @Schema(
            description =
                "The HMAC key (whsec_ then base64), shown this once: keep it to verify"
                    + " webhook-signature",
            example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret) {

  public static WebhookSecretView of(WithSecret created) {
    return new WebhookSecretView(
        WebhookSubscriptionView.of(created.subscription()), created.secret());
  }
}
