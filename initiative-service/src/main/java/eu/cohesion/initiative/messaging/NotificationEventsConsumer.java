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
 * each eligible reviewer; quorum at risk and review due → the town's coordinators. And practice
 * facts on practice-events: followers-notified → each recipient (a practice published in a theme
 * they follow, a practice they follow revised, a question answered); a transfer registered or moved
 * → the source town's coordinators. A channel and consumer group of its own per topic, so that
 * notifying never holds back the panel read model. Each event notifies at most once (the routers'
 * processed events, and one notification per event and recipient).
 */
@ApplicationScoped
public class NotificationEventsConsumer {

  private final EventRouter router;
  private final EventRouter practiceRouter;

  NotificationEventsConsumer(
      EventRouter router, EventRouter practiceRouter, Notifications notifications) {
    this.router = router;
    this.practiceRouter = practiceRouter;
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
    practiceRouter
        .on(
            FollowersNotified.TYPE,
            FollowersNotified.class,
            (event, notice) ->
                notifications.deliver(
                    event.id(),
                    kind(notice.reason()),
                    notice.recipientIds(),
                    Map.of(
                        "practiceId", notice.practiceId().toString(),
                        "city", notice.city()),
                    "/practices/" + notice.practiceId()))
        .on(
            TransferChanged.TYPE,
            TransferChanged.class,
            (event, changed) -> {
              // The source town answers itself; only the adopting town's steps concern it.
              if (changed.change() != TransferChanged.Change.ANSWERED) {
                notifications.toCoordinators(
                    event.id(),
                    NotificationKind.TRANSFER_CHANGED,
                    changed.sourceCity(),
                    Map.of(
                        "transferId", changed.transferId().toString(),
                        "practiceId", changed.practiceId().toString(),
                        "city", changed.city(),
                        "status", changed.status()),
                    "/transfers/" + changed.transferId());
              }
            });
  }

  private static NotificationKind kind(FollowersNotified.Reason reason) {
    return switch (reason) {
      case PUBLISHED -> NotificationKind.PRACTICE_PUBLISHED;
      case REVISED -> NotificationKind.PRACTICE_REVISED;
      case ANSWERED -> NotificationKind.QUESTION_ANSWERED;
    };
  }

  @Incoming("initiative-notifications")
  @Blocking(ordered = true)
  public void on(ConsumerRecord<String, String> record) {
    router.route(record);
  }

  @Incoming("practice-notifications")
  @Blocking(ordered = true)
  public void onPractice(ConsumerRecord<String, String> record) {
    practiceRouter.route(record);
  }
}
