package eu.cohesion.kit.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

/** Which nacks reach the dead-letter topic: poison ones only, whatever else fails. */
class PoisonOnlyDeadLetterQueueTest {

  private final List<String> calls = new ArrayList<>();
  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final KafkaFailureHandler handler =
      new PoisonOnlyDeadLetterQueue(
              (config, vertx, consumer, report) -> recording("dead-letter-queue"),
              (config, vertx, consumer, report) -> recording("fail"),
              new EventMetrics(registry))
          .create(null, null, null, (failure, fatal) -> {});

  @Test
  void aPoisonNackIsDeadLetteredWithItsReasonCodeAsAHeaderAndCounted() {
    handler.handle(
        new IncomingKafkaRecord<>(
            new ConsumerRecord<>("panel-events", 0, 7L, "key", "{}"),
            "panel-events",
            -1,
            null,
            null,
            false,
            false),
        new IllegalStateException(new PoisonEvent(PoisonEvent.Reason.INVALID_DATA, "no city")),
        Metadata.empty());
    assertEquals(List.of("dead-letter-queue invalid-data"), calls);
    assertEquals(
        1.0,
        registry
            .counter(
                "cohesion.events.dead.lettered", "topic", "panel-events", "reason", "invalid-data")
            .count());
  }

  @Test
  void anyOtherNackStopsTheChannelInsteadOfParkingAValidEvent() {
    handler.handle(
        null,
        new RetryLoop.RetryAbandoned("event", new TransientFailure("down")),
        Metadata.empty());
    handler.handle(null, new IllegalStateException("a bug"), Metadata.empty());
    assertEquals(List.of("fail -", "fail -"), calls);
    assertTrue(registry.find("cohesion.events.dead.lettered").counters().isEmpty());
  }

  private KafkaFailureHandler recording(String strategy) {
    return new KafkaFailureHandler() {
      @Override
      public <K, V> Uni<Void> handle(
          IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
        String code =
            metadata
                .get(OutgoingKafkaRecordMetadata.class)
                .map(m -> m.getHeaders().lastHeader(PoisonOnlyDeadLetterQueue.REASON_HEADER))
                .map(h -> new String(h.value(), StandardCharsets.UTF_8))
                .orElse("-");
        calls.add(strategy + " " + code);
        return Uni.createFrom().voidItem();
      }
    };
  }
}
