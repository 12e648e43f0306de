package eu.cohesion.initiative.messaging;

import eu.cohesion.initiative.service.InitiativeAdaptations;
import eu.cohesion.kit.messaging.EventRouter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the transfers on practice-events: a transfer linked to an initiative of its adopting town
 * (ADAPTING, TRANSFERRED) makes that initiative tell which practice it was adapted from. A channel
 * and consumer group of their own; every other practice fact is none of this service's business.
 */
@ApplicationScoped
public class TransferEventsConsumer {

  private final EventRouter router;

  TransferEventsConsumer(EventRouter router, InitiativeAdaptations adaptations) {
    // recordedAs: the practice-notifications consumer applies the same transfer events for itself.
    this.router =
        router
            .recordedAs("transfer-links")
            .on(
                TransferChanged.TYPE,
                TransferChanged.class,
                changed -> {
                  if (changed.initiativeId() != null) {
                    adaptations.follow(changed.initiativeId(), changed.step());
                  }
                });
  }

  /** Ordered: one record at a time, so that the steps of one transfer apply in order. */
  @Incoming("practice-transfers")
  @Blocking(ordered = true)
  public void on(ConsumerRecord<String, String> record) {
    router.route(record);
  }
}
