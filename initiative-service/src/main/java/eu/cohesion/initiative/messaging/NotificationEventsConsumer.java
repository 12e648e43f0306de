package eu.cohesion.initiative.messaging;

import eu.cohesion.initiative.domain.NotificationKind;
import eu.cohesion.initiative.service.Notifications;
import eu.cohesion.kit.messaging.EventRouter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Turns this service's own review facts on initiative-events into notifications: a round opened →
 * each eligible reviewer; quorum at risk and review due → the town's coordinators. A channel and
 * consumer group of its own, so that notifying never holds back the panel read model. Each event
 * notifies at most once (the router's processed events, and one notification per event and
 * recipient).
 */
@ApplicationScoped
public class NotificationEventsConsumer {

  private final EventRouter router;

  NotificationEventsConsumer(EventRouter router, Notifications notifications) {
    this.router = router;
    router
        .on(
            ReviewRoundOpened.TYPE,
            ReviewRoundOpened.class,
            (event, opened) ->
                notifications.deliver(
                    event.id(),
                    NotificationKind.REVIEW_ROUND_OPENED,
                    opened.eligibleReviewerIds(),
                    Map.of(
                        "roundId", opened.roundId().toString(),
                        "initiativeId", opened.initiativeId().toString(),
                        "city", opened.city(),
                        "closesAt", opened.closesAt().toString()),
                    "/initiatives/" + opened.initiativeId()))
        .on(
            ReviewQuorumAtRisk.TYPE,
            ReviewQuorumAtRisk.class,
            (event, atRisk) ->
                notifications.toCoordinators(
                    event.id(),
                    NotificationKind.REVIEW_QUORUM_AT_RISK,
                    atRisk.city(),
                    Map.of(
                        "roundId", atRisk.roundId().toString(),
                        "initiativeId", atRisk.initiativeId().toString(),
                        "city", atRisk.city(),
                        "closesAt", atRisk.closesAt().toString()),
                    "/initiatives/" + atRisk.initiativeId()))
        .on(
            InitiativeReviewDue.TYPE,
            InitiativeReviewDue.class,
            (event, due) ->
                notifications.toCoordinators(
                    event.id(),
                    NotificationKind.REVIEW_DUE,
                    due.city(),
                    Map.of(
                        "initiativeId", due.initiativeId().toString(),
                        "city", due.city(),
                        "reviewAgainOn", due.reviewAgainOn().toString()),
                    "/initiatives/" + due.initiativeId()));
  }

  @Incoming("initiative-notifications")
  @Blocking(ordered = true)
  public void on(ConsumerRecord<String, String> record) {
    router.route(record);
  }
}
