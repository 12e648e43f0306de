package eu.cohesion.practice.messaging;

import eu.cohesion.kit.messaging.EventRouter;
import eu.cohesion.practice.service.PersonalDataErasure;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies panel-events: an erased person's Keycloak id leaves what this service holds about them
 * (see {@link PersonalDataErasure}). Every other panel fact is none of this service's business.
 */
@ApplicationScoped
public class PanelEventsConsumer {

  private final EventRouter router;

  PanelEventsConsumer(EventRouter router, PersonalDataErasure erasure) {
    this.router =
        router.on(
            PersonErased.TYPE,
            PersonErased.class,
            erased -> {
              // A member without a login left nothing here: this service knows people by their
              // token subject.
              if (erased.keycloakUserId() != null) {
                erasure.erase(erased.keycloakUserId());
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
