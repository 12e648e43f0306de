package eu.cohesion.kit.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode, as written to the outbox and to Kafka. {@code
 * traceparent} is the distributed-tracing extension: the W3C trace context of the change that
 * appended the event (absent outside a trace), continued by the consumer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent<T>(
    String specversion,
    UUID id,
    String source,
    String type,
    String subject,
    Instant time,
    String datacontenttype,
    String traceparent,
    T data) {

  /** Kafka {@code content-type} header of a structured-mode CloudEvent. */
  public static final String STRUCTURED_CONTENT_TYPE =
      "application/cloudevents+json; charset=UTF-8";

  public static <T> CloudEvent<T> of(
      String source, String type, UUID subject, Instant time, String traceparent, T data) {
    return new CloudEvent<>(
        "1.0",
        UUID.randomUUID(),
        source,
        type,
        subject.toString(),
        time,
        "application/json",
        traceparent,
        data);
  }
}
