package eu.cohesion.kit.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The consumer side's counts on {@code /q/metrics}: events handled per topic, applied or skipped as
 * already applied ({@code cohesion_events_processed_total}), and records dead-lettered per topic
 * and reason ({@code cohesion_events_dead_lettered_total}). Within a service each topic is read by
 * one channel, so the topic names the channel.
 */
@ApplicationScoped
class EventMetrics {

  private final MeterRegistry registry;

  EventMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void processed(String topic, boolean applied) {
    registry
        .counter(
            "cohesion.events.processed",
            "topic",
            topic,
            "outcome",
            applied ? "applied" : "duplicate")
        .increment();
  }

  void deadLettered(String topic, PoisonEvent.Reason reason) {
    registry
        .counter("cohesion.events.dead.lettered", "topic", topic, "reason", reason.code())
        .increment();
  }
}
