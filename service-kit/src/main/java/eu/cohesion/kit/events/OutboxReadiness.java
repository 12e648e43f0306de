package eu.cohesion.kit.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows the outbox's backlog in the readiness answer, and is down once its oldest event has waited
 * longer than {@code cohesion.outbox.not-ready-after} (5 minutes by default). A backlog alone is
 * normal (a burst of writes, a broker restart) and the relay catches up by itself within seconds,
 * so it leaves the service ready. An event that has not left for minutes means that the service
 * accepts changes the rest of the platform never learns of, and each further write deepens that:
 * not ready then puts it where operators and orchestrators already look and stops new traffic from
 * making it worse. All replicas share one outbox and go not ready together, which is why the
 * threshold is far beyond any restart; a deployment that prefers to keep serving through a long
 * broker outage sets it higher. The data comes from {@link OutboxMetrics}' periodic reading: a
 * probe never queries the database.
 */
@Readiness
@ApplicationScoped
class OutboxReadiness implements HealthCheck {

  private final OutboxMetrics metrics;
  private final Duration notReadyAfter;

  OutboxReadiness(
      OutboxMetrics metrics,
      @ConfigProperty(name = "cohesion.outbox.not-ready-after") Duration notReadyAfter) {
    this.metrics = metrics;
    this.notReadyAfter = notReadyAfter;
  }

  @Override
  public HealthCheckResponse call() {
    OutboxMetrics.Backlog backlog = metrics.backlog();
    Duration age = metrics.oldestAge();
    return HealthCheckResponse.named("outbox")
        .status(age.compareTo(notReadyAfter) <= 0)
        .withData("unpublished", backlog.unpublished())
        .withData("oldest-age-seconds", age.toSeconds())
        .withData("not-ready-after-seconds", notReadyAfter.toSeconds())
        .withData("read-at", backlog.readAt().toString())
        .build();
  }
}
