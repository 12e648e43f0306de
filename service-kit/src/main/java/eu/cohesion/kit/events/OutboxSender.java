package eu.cohesion.kit.events;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Puts outbox rows on the service's topic, several at a time, and tells how many of them the broker
 * acked in order. The outgoing channel is {@value #CHANNEL} in every service; its {@code topic} is
 * configured per service.
 */
@ApplicationScoped
class OutboxSender {

  static final String CHANNEL = "outbox";

  private static final Logger LOG = Logger.getLogger(OutboxSender.class);

  private final MutinyEmitter<String> emitter;
  private final Duration ackTimeout;
  private final OutboxMetrics metrics;

  OutboxSender(
      @Channel(OutboxSender.CHANNEL) MutinyEmitter<String> emitter,
      @ConfigProperty(name = "cohesion.outbox.ack-timeout") Duration ackTimeout,
      OutboxMetrics metrics) {
    this.emitter = emitter;
    this.ackTimeout = ackTimeout;
    this.metrics = metrics;
  }

  /**
   * Sends the events in this order without waiting for each ack (see {@link AckedPrefix}) and
   * returns how many of the first ones the broker acknowledged (acks=all). The events after them
   * count as not sent: Kafka refused the first of them or did not answer in time, and they are
   * offered again later, in the same order.
   */
  int sendInOrder(List<OutboxEvent> events) {
    return AckedPrefix.of(events, this::send, ackTimeout, this::unacked);
  }

  /**
   * Hands the event to the connector at once (subscribing starts the send, in call order, so the
   * producer receives the events in seq order); the stage completes with the broker's ack.
   */
  private CompletionStage<Void> send(OutboxEvent event) {
    OutgoingKafkaRecordMetadata<String> metadata =
        OutgoingKafkaRecordMetadata.<String>builder()
            .withKey(event.aggregateId().toString())
            .withHeaders(
                new RecordHeaders()
                    .add(
                        "content-type",
                        CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)))
            .build();
    return emitter
        .sendMessage(Message.of(event.payload()).addMetadata(metadata))
        .subscribeAsCompletionStage();
  }

  private void unacked(OutboxEvent event, Throwable failure) {
    metrics.failed();
    if (failure instanceof TimeoutException) {
      LOG.warnf("no ack from Kafka within %s for event %s", ackTimeout, event.id());
    } else {
      LOG.warnf("Kafka refused event %s: %s", event.id(), failure.toString());
    }
  }
}
