package eu.cohesion.initiative.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.initiative.service.PanelReadModel;
import eu.cohesion.kit.events.ProcessedEvents;
import eu.cohesion.kit.events.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps the local read model of panels up to date from panel-events. Each event id is applied at
 * most once; a record that is no usable event fails here and goes to the dead-letter topic.
 */
@ApplicationScoped
public class PanelEventsConsumer {

  private static final Logger LOG = Logger.getLogger(PanelEventsConsumer.class);

  private final ObjectMapper json;
  private final ProcessedEvents processedEvents;
  private final PanelReadModel panels;

  PanelEventsConsumer(ObjectMapper json, ProcessedEvents processedEvents, PanelReadModel panels) {
    this.json = json;
    this.processedEvents = processedEvents;
    this.panels = panels;
  }

  @Incoming("panel-events")
  @Blocking
  @Transactional
  public void on(String payload) {
    ReceivedEvent event = ReceivedEvent.parse(json, payload);
    if (!processedEvents.firstDelivery(event)) {
      return;
    }
    if (PanelCreated.TYPE.equals(event.type())) {
      PanelCreated created = event.dataAs(json, PanelCreated.class);
      if (created.panelId() == null || isBlank(created.city()) || isBlank(created.name())) {
        throw new IllegalArgumentException(
            "event " + event.id() + " lacks the panel's id, town or name");
      }
      panels.panelCreated(
          created.panelId(),
          created.city(),
          created.name(),
          Instant.now().truncatedTo(ChronoUnit.MICROS));
    } else {
      // Facts this service does not need (yet) are marked as processed and skipped.
      LOG.debugf("ignoring %s %s", event.type(), event.id());
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
