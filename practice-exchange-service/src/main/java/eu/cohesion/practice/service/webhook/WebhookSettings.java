package eu.cohesion.practice.service.webhook;

import eu.cohesion.practice.domain.webhook.DeliveryPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code cohesion.webhooks.*}: delivery policy, timeouts and which targets may be called. */
@ConfigMapping(prefix = "cohesion.webhooks")
public interface WebhookSettings {

  /** Plain http to 127.0.0.1/localhost (dev, tests, the local demo); never in production. */
  @WithDefault("false")
  boolean allowLoopback();

  @WithDefault("30s")
  Duration firstRetryDelay();

  @WithDefault("1h")
  Duration maxRetryDelay();

  /** Attempts of one delivery before it is given up (FAILED). */
  @WithDefault("10")
  int maxAttempts();

  /** Consecutive failed attempts of a subscription that pause it. */
  @WithDefault("20")
  int pauseAfter();

  @WithDefault("5s")
  Duration connectTimeout();

  /** The whole request, until the response status arrives. */
  @WithDefault("10s")
  Duration requestTimeout();

  @WithDefault("20")
  int batchSize();

  /** How long a claimed delivery is the claiming instance's before another may take it. */
  @WithDefault("2m")
  Duration lease();

  default DeliveryPolicy policy() {
    return new DeliveryPolicy(firstRetryDelay(), maxRetryDelay(), maxAttempts(), pauseAfter());
  }
}
