package eu.cohesion.initiative.messaging;

import eu.cohesion.initiative.service.PanelReadModel;
import eu.cohesion.initiative.service.PersonalDataErasure;
import eu.cohesion.kit.messaging.EventRouter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the local read model of panels and their members up to date from panel-events, and forgets
 * erased people (see {@link EventRouter}).
 */
@ApplicationScoped
public class PanelEventsConsumer {

  private final EventRouter router;

  PanelEventsConsumer(
      EventRouter router, PanelReadModel panels, PersonalDataErasure erasure, Clock clock) {
    this.router =
        router
            .on(
                PanelCreated.TYPE,
                PanelCreated.class,
                created ->
                    panels.panelCreated(
                        created.panelId(),
                        created.city(),
                        created.name(),
                        Instant.now(clock).truncatedTo(ChronoUnit.MICROS)))
            .on(
                PanelMemberEvent.JOINED,
                PanelMemberEvent.class,
                m -> member(panels, clock, m, true))
            .on(
                PanelMemberEvent.CHANGED,
                PanelMemberEvent.class,
                m -> member(panels, clock, m, null))
            .on(PanelMemberEvent.LEFT, PanelMemberEvent.class, m -> member(panels, clock, m, false))
            .on(
                PersonErased.TYPE,
                PersonErased.class,
                erased -> {
                  // A member without a login left nothing here: the ids in this service are
                  // token subjects.
                  if (erased.keycloakUserId() != null) {
                    erasure.erase(erased.keycloakUserId());
                  }
                });
  }

  /** {@code active} null for member-changed, which keeps what was known (see the read model). */
  private static void member(
      PanelReadModel panels, Clock clock, PanelMemberEvent event, Boolean active) {
    panels.memberSeen(
        event.memberId(),
        event.panelId(),
        event.city(),
        event.keycloakUserId(),
        event.stakeholderCategory().name(),
        event.role(),
        active,
        Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
  }

  /** Ordered: one record at a time, so that a retried event holds back the ones behind it. */
  @Incoming("panel-events")
  @Blocking(ordered = true)
  public void on(ConsumerRecord<String, String> record) {
    router.route(record);
  }
}
