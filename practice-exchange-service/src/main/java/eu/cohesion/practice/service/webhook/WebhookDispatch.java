package eu.cohesion.practice.service.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cohesion.kit.messaging.ReceivedEvent;
import eu.cohesion.practice.domain.webhook.WebhookEventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Turns one public event read from a topic into the CloudEvent subscribers receive (structured
 * mode, the same attributes and data as on Kafka) and queues it for every subscription that wants
 * it, in the consumer's transaction.
 */
@ApplicationScoped
public class WebhookDispatch {

  public static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

  private final WebhookDeliveryQueue queue;
  private final ObjectMapper json;

  WebhookDispatch(WebhookDeliveryQueue queue, ObjectMapper json) {
    this.queue = queue;
    this.json = json;
  }

  /** Events outside {@link WebhookEventTypes#PUBLIC} are never queued. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int dispatch(ReceivedEvent event) {
    if (!WebhookEventTypes.PUBLIC.contains(event.type())) {
      return 0;
    }
    return queue.enqueue(event.id(), event.type(), cloudEvent(event));
  }

  String cloudEvent(ReceivedEvent event) {
    ObjectNode root = json.createObjectNode();
    root.put("specversion", "1.0");
    root.put("id", event.id());
    root.put("source", event.source());
    root.put("type", event.type());
    root.put("subject", event.subject());
    root.put("time", event.time() == null ? null : event.time().toString());
    root.put("datacontenttype", "application/json");
    root.set("data", event.data());
    try {
      return json.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed event is always writable", e);
    }
  }
}
