package eu.cohesion.kit.events;

import io.smallrye.mutiny.TimeoutException;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Puts outbox rows on the service's topic and waits for the broker's ack. The outgoing channel is
 * {@value #CHANNEL} in every service; its {@code topic} is configured per service.
 */
@ApplicationScoped
class OutboxSender {

  static final String CHANNEL = "outbox";

  private static final Logger LOG = Logger.getLogger(OutboxSender.class);

  private final MutinyEmitter<String> emitter;
  private final Duration ackTimeout;

  OutboxSender(
      @Channel(OutboxSender.CHANNEL) MutinyEmitter<String> emitter,
      @ConfigProperty(name = "cohesion.outbox.ack-timeout") Duration ackTimeout) {
    this.emitter = emitter;
    this.ackTimeout = ackTimeout;
  }

  /**
   * True once the broker acknowledged the event (acks=all). False when Kafka refused it or did not
   * answer in time; the row then stays unpublished and is offered again later.
   */
  boolean send(OutboxEvent event) {
    OutgoingKafkaRecordMetadata<String> metadata =
        OutgoingKafkaRecordMetadata.<String>builder()
            .withKey(event.aggregateId().toString())
            .withHeaders(
                new RecordHeaders()
                    .add(
                        "content-type",
                        CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)))
            .build();
    try {
      emitter
          .sendMessage(Message.of(event.payload()).addMetadata(metadata))
          .await()
          .atMost(ackTimeout);
      return true;
    } catch (TimeoutException e) {
      LOG.warnf("no ack from Kafka within %s for event %s", ackTimeout, event.id());
      return false;
    } catch (RuntimeException e) {
      LOG.warnf("Kafka refused event %s: %s", event.id(), e.toString());
      return false;
    }
  }
}
