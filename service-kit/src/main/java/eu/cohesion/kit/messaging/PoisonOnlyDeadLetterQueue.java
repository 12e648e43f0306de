package eu.cohesion.kit.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The failure strategy of every inbound channel ({@code failure-strategy=dead-letter-poison}): a
 * record nacked as {@link PoisonEvent} goes to the channel's dead-letter topic through the
 * connector's own {@code dead-letter-queue} strategy (its headers name the original topic,
 * partition, offset and the reason), plus a {@code cohesion-dead-letter-reason} header with the
 * reason's code. Any other nack stops the channel like {@code fail}, without committing the
 * record's offset, so a valid event is delivered again after a restart instead of being parked.
 *
 * <p>The connector's plain {@code dead-letter-queue} strategy dead-letters every nack, a passing
 * database outage included: that is why no channel uses it directly. The {@link EventRouter}
 * retries such failures itself and nacks only poison; this strategy holds that line even if some
 * other failure reaches the connector (the service stopping in the middle of a retry).
 */
@ApplicationScoped
@Identifier(PoisonOnlyDeadLetterQueue.STRATEGY)
public class PoisonOnlyDeadLetterQueue implements KafkaFailureHandler.Factory {

  public static final String STRATEGY = "dead-letter-poison";

  /** Header with the {@link PoisonEvent.Reason#code()} of a dead-lettered record. */
  public static final String REASON_HEADER = "cohesion-dead-letter-reason";

  private final KafkaFailureHandler.Factory deadLetterQueue;
  private final KafkaFailureHandler.Factory failStop;
  private final EventMetrics metrics;

  PoisonOnlyDeadLetterQueue(
      @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
          KafkaFailureHandler.Factory deadLetterQueue,
      @Identifier(KafkaFailureHandler.Strategy.FAIL) KafkaFailureHandler.Factory failStop,
      EventMetrics metrics) {
    this.deadLetterQueue = deadLetterQueue;
    this.failStop = failStop;
    this.metrics = metrics;
  }

  @Override
  public KafkaFailureHandler create(
      KafkaConnectorIncomingConfiguration config,
      Vertx vertx,
      KafkaConsumer<?, ?> consumer,
      BiConsumer<Throwable, Boolean> reportFailure) {
    KafkaFailureHandler toDeadLetters =
        deadLetterQueue.create(config, vertx, consumer, reportFailure);
    KafkaFailureHandler stop = failStop.create(config, vertx, consumer, reportFailure);
    return new KafkaFailureHandler() {
      @Override
      public <K, V> Uni<Void> handle(
          IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
        return PoisonEvent.in(reason)
            .map(
                poison -> {
                  metrics.deadLettered(record.getTopic(), poison.reason());
                  return toDeadLetters.handle(record, reason, withReason(metadata, poison));
                })
            .orElseGet(() -> stop.handle(record, reason, metadata));
      }

      @Override
      public void terminate() {
        toDeadLetters.terminate();
        stop.terminate();
      }
    };
  }

  private static Metadata withReason(Metadata metadata, PoisonEvent poison) {
    OutgoingKafkaRecordMetadata<Object> reasonHeader =
        OutgoingKafkaRecordMetadata.builder()
            .addHeaders(
                new RecordHeader(
                    REASON_HEADER, poison.reason().code().getBytes(StandardCharsets.UTF_8)))
            .build();
    return metadata == null ? Metadata.of(reasonHeader) : metadata.with(reasonHeader);
  }
}
