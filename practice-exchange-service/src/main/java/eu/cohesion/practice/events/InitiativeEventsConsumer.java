package eu.cohesion.practice.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.kit.events.ProcessedEvents;
import eu.cohesion.kit.events.ReceivedEvent;
import eu.cohesion.practice.service.PracticeDrafting;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies {@code initiative-events}: a conclusion drafts a good practice. Every event is recorded
 * as processed in the transaction of its effect, also the types that have none here yet.
 */
@ApplicationScoped
public class InitiativeEventsConsumer {

  private final ObjectMapper json;
  private final ProcessedEvents processedEvents;
  private final PracticeDrafting drafting;

  InitiativeEventsConsumer(
      ObjectMapper json, ProcessedEvents processedEvents, PracticeDrafting drafting) {
    this.json = json;
    this.processedEvents = processedEvents;
    this.drafting = drafting;
  }

  /** A record that cannot be parsed or applied throws, and goes to the dead-letter topic. */
  @Incoming("initiative-events")
  @Blocking
  @Transactional
  public void on(String payload) {
    ReceivedEvent event = ReceivedEvent.parse(json, payload);
    if (!processedEvents.firstDelivery(event)) {
      return;
    }
    if (InitiativeConcluded.TYPE.equals(event.type())) {
      drafting.draftFrom(event.dataAs(json, InitiativeConcluded.class).toConclusion());
    }
  }
}
