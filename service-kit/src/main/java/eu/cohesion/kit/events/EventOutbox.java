package eu.cohesion.kit.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.kit.tracing.EventTracing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writes CloudEvents into the outbox, inside the caller's transaction. */
@ApplicationScoped
public class EventOutbox {

  private final OutboxRepository repository;
  private final ObjectMapper json;
  private final Event<OutboxAppended> appended;
  private final EventTracing tracing;
  private final String source;

  EventOutbox(
      OutboxRepository repository,
      ObjectMapper json,
      Event<OutboxAppended> appended,
      EventTracing tracing,
      @ConfigProperty(name = "cohesion.events.source") String source) {
    this.repository = repository;
    this.json = json;
    this.appended = appended;
    this.tracing = tracing;
    this.source = source;
  }

  /** MANDATORY: an event without the change it announces must never be written. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void append(PublishedEvent data, Instant time) {
    CloudEvent<Object> event =
        CloudEvent.of(
            source, data.type(), data.subject(), time, tracing.currentTraceparent(), data);
    repository.persist(
        new OutboxEvent(event.id(), data.subject(), data.type(), serialise(event), time));
    appended.fire(new OutboxAppended());
  }

  private String serialise(CloudEvent<Object> event) {
    try {
      return json.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + event.type(), e);
    }
  }
}
