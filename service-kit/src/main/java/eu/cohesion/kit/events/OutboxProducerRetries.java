package eu.cohesion.kit.events;

import io.smallrye.reactive.messaging.ClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.Config;

/**
 * Keeps the outbox producer's own retries although the outbox channel sets {@code retries=0}. The
 * connector reads that one key twice: as its own re-send of a failed record (which the relay must
 * not have: two records re-sent independently after an outage, each after a random back-off, could
 * reach the topic in the wrong order; the relay re-sends in seq order itself) and as the Kafka
 * producer's {@code retries}, which the idempotent producer needs above zero. Dropped from the
 * producer's configuration, Kafka's default applies: the producer retries, in order and without
 * duplicates, until {@code delivery.timeout.ms}.
 */
@ApplicationScoped
class OutboxProducerRetries implements ClientCustomizer<Map<String, Object>> {

  @Override
  public Map<String, Object> customize(
      String channel, Config channelConfig, Map<String, Object> config) {
    if (OutboxSender.CHANNEL.equals(channel)) {
      config.remove(ProducerConfig.RETRIES_CONFIG);
    }
    return config;
  }
}
