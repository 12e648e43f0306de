package eu.cohesion.kit.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.kit.tracing.EventTracing;
import io.opentelemetry.api.trace.SpanKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one consumer skeleton of every service: a consumer registers a handler per event type and
 * hands each record of its {@code @Incoming} channel to {@link #route}. For each record the router
 *
 * <ol>
 *   <li>parses the structured CloudEvent, maps its data onto the handler's record and validates it
 *       (Bean Validation) — a record that fails here is poison ({@link PoisonEvent}): the method
 *       throws, and the channel's {@link PoisonOnlyDeadLetterQueue} strategy dead-letters it;
 *   <li>in one new transaction, records the event id as processed and runs the handler, so the
 *       effect and the "seen" mark commit or roll back together and a redelivered event has no
 *       second effect;
 *   <li>retries that transaction with back-off for as long as it fails for another reason than
 *       poison (database down, lock timeout, a handler's {@link TransientFailure}), holding the
 *       partition so that no later event of the same aggregate overtakes it.
 * </ol>
 *
 * <p>All of it runs in a consumer span that continues the producer's trace (the envelope's {@code
 * traceparent}, {@link EventTracing}), so what the handler appends belongs to the same trace.
 *
 * <p>An event type without a handler is recorded as processed and otherwise ignored: producers add
 * facts to a topic without waiting for every consumer to need them, and such an event is valid —
 * dead-lettering it would fill the dead-letter topic with records nobody should replay.
 */
@Dependent
public class EventRouter {

  private static final Logger LOG = Logger.getLogger(EventRouter.class);

  private final ObjectMapper json;
  private final Validator validator;
  private final ProcessedEvents processedEvents;
  private final RetryLoop retryLoop;
  private final Duration lockTimeout;
  private final EventMetrics metrics;
  private final EventTracing tracing;
  private final Map<String, Route<?>> routes = new HashMap<>();
  private String consumer = "";

  EventRouter(
      ObjectMapper json,
      Validator validator,
      ProcessedEvents processedEvents,
      RetryLoop retryLoop,
      @ConfigProperty(name = "cohesion.messaging.lock-timeout") Duration lockTimeout,
      EventMetrics metrics,
      EventTracing tracing) {
    this.json = json;
    this.validator = validator;
    this.processedEvents = processedEvents;
    this.retryLoop = retryLoop;
    this.lockTimeout = lockTimeout;
    this.metrics = metrics;
    this.tracing = tracing;
  }

  /**
   * Names this consumer in the processed-events table: needed when a second consumer of the same
   * service applies events that another one applies too (see {@link
   * ProcessedEvents#firstDelivery(String, ReceivedEvent)}).
   */
  public EventRouter recordedAs(String consumerName) {
    this.consumer = consumerName;
    return this;
  }

  /** Applies events of {@code type}, their data read as {@code dataType}, with {@code handler}. */
  public <T> EventRouter on(String type, Class<T> dataType, Consumer<? super T> handler) {
    return on(type, dataType, (event, data) -> handler.accept(data));
  }

  /**
   * The same, for a handler that also needs the event's envelope, e.g. its id as the key of an
   * effect that must exist once per event.
   */
  public <T> EventRouter on(
      String type, Class<T> dataType, BiConsumer<ReceivedEvent, ? super T> handler) {
    if (routes.putIfAbsent(type, new Route<>(dataType, handler)) != null) {
      throw new IllegalStateException("a second handler for " + type);
    }
    return this;
  }

  /**
   * Applies one record; returns once its effect is committed or it proved poison (then throws
   * {@link PoisonEvent}). Call it from a {@code @Blocking} (ordered) {@code @Incoming} method.
   */
  public void route(ConsumerRecord<String, String> record) {
    String where = record.topic() + "-" + record.partition() + "@" + record.offset();
    ReceivedEvent event = ReceivedEvent.parse(json, record.value());
    Route<?> route = routes.get(event.type());
    Runnable effect =
        route == null
            ? () -> LOG.debugf("%s: no handler for %s %s", where, event.type(), event.id())
            : route.effectOf(event);
    // set by the attempt that committed: whether it applied the event or found it applied before
    AtomicBoolean applied = new AtomicBoolean();
    tracing.inSpan(
        record.topic() + " process",
        SpanKind.CONSUMER,
        event.traceparent(),
        Map.of(
            "messaging.system", "kafka",
            "messaging.destination.name", record.topic(),
            "messaging.operation.type", "process",
            "messaging.message.id", event.id(),
            "cloudevents.event_type", event.type()),
        () ->
            retryLoop.run(
                event.type() + " " + event.id() + " (" + where + ")",
                () ->
                    QuarkusTransaction.requiringNew()
                        .run(
                            () -> {
                              processedEvents.limitLockWaits(lockTimeout);
                              applied.set(processedEvents.firstDelivery(consumer, event));
                              if (applied.get()) {
                                effect.run();
                              }
                            })));
    metrics.processed(record.topic(), applied.get());
  }

  private final class Route<T> {
    private final Class<T> dataType;
    private final BiConsumer<ReceivedEvent, ? super T> handler;

    Route(Class<T> dataType, BiConsumer<ReceivedEvent, ? super T> handler) {
      this.dataType = dataType;
      this.handler = handler;
    }

    /** Reads and validates the data now, outside any transaction: that part never improves. */
    Runnable effectOf(ReceivedEvent event) {
      T data = event.dataAs(json, dataType);
      Set<ConstraintViolation<T>> violations = validator.validate(data);
      if (!violations.isEmpty()) {
        throw new PoisonEvent(
            PoisonEvent.Reason.INVALID_DATA,
            event.type()
                + " "
                + event.id()
                + ": "
                + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining(", ")));
      }
      return () -> handler.accept(event, data);
    }
  }
}
