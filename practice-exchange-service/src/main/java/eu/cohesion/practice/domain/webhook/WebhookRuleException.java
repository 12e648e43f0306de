package eu.cohesion.practice.domain.webhook;

import eu.cohesion.kit.problem.RuleViolationException;

/** A subscription the webhook rules refuse (422), naming what is wrong. */
public class WebhookRuleException extends RuleViolationException {

  WebhookRuleException(String slug, String title, String detail) {
    super(slug, title, detail);
  }

  static WebhookRuleException target(String detail) {
    return new WebhookRuleException("webhook-target-refused", "Webhook target refused", detail);
  }

  static WebhookRuleException eventTypes(String detail) {
    return new WebhookRuleException(
        "webhook-event-types-refused", "Webhook event types refused", detail);
  }

  static WebhookRuleException notPaused(String detail) {
    return new WebhookRuleException("webhook-state", "Webhook in another state", detail);
  }
}
