package eu.cohesion.practice.messaging;

import eu.cohesion.kit.messaging.EventRouter;
import eu.cohesion.practice.service.PracticeDrafting;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies initiative-events: a conclusion drafts a good practice (see {@link EventRouter}). */
@ApplicationScoped
public class InitiativeEventsConsumer {

  private final EventRouter router;

  InitiativeEventsConsumer(EventRouter router, PracticeDrafting drafting) {
    this.router =
        router.on(
            InitiativeConcluded.TYPE,
            InitiativeConcluded.class,
            concluded -> drafting.draftFrom(concluded.toConclusion()));
  }

  /** Ordered: one record at a time, so that a retried event holds back the ones behind it. */
  @Incoming("initiative-events")
  @Blocking(ordered = true)
  public void on(ConsumerRecord<String, String> record) {
    router.route(record);
  }
}
