package eu.cohesion.practice.messaging;

import eu.cohesion.kit.messaging.EventRouter;
import eu.cohesion.practice.service.discussion.DiscussionErasure;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies panel-events: an erased person's posts and reports lose who wrote them (see {@link
 * EventRouter}). Every other panel event is none of this service's business.
 */
@ApplicationScoped
public class PanelEventsConsumer {

  private final EventRouter router;

  PanelEventsConsumer(EventRouter router, DiscussionErasure discussion) {
    this.router =
        router.on(
            PersonErased.TYPE,
            PersonErased.class,
            erased -> {
              // A member without a login wrote nothing here: the ids in this service are token
              // subjects.
              if (erased.keycloakUserId() != null) {
                discussion.erase(erased.keycloakUserId());
              }
            });
  }

  /** Ordered: one record at a time, so that a retried event holds back the ones behind it. */
  @Incoming("panel-events")
  @Blocking(ordered = true)
  public void on(ConsumerRecord<String, String> record) {
    router.route(record);
  }
}
