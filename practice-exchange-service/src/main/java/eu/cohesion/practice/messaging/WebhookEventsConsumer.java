package eu.cohesion.practice.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import eu.cohesion.kit.messaging.EventRouter;
import eu.cohesion.practice.domain.webhook.WebhookEventTypes;
import eu.cohesion.practice.service.webhook.WebhookDispatch;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads practice-events in a consumer group of its own and queues every public event for the
 * webhook subscriptions that want it ({@link WebhookDispatch}), at most once per event: the kit's
 * processed-events mark (recorded as the "webhooks" consumer) commits with the queued deliveries.
 */
@ApplicationScoped
public class WebhookEventsConsumer {

  private final EventRouter router;

  WebhookEventsConsumer(EventRouter router, WebhookDispatch dispatch) {
    router.recordedAs("webhooks");
    for (String type : WebhookEventTypes.PUBLIC) {
      router.on(type, JsonNode.class, (event, data) -> dispatch.dispatch(event));
    }
    this.router = router;
  }

  @Incoming("webhook-practice-events")
  @Blocking(ordered = true)
  public void on(ConsumerRecord<String, String> record) {
    router.route(record);
  }
}
