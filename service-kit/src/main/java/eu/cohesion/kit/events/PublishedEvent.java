package eu.cohesion.kit.events;

import java.util.UUID;

/**
 * The data of an event a service publishes. Its record components are the payload; these two
 * accessors are not components, so they stay out of the JSON.
 */
public interface PublishedEvent {

  /** CloudEvent {@code type}, e.g. {@code eu.cohesion.panel.created}. */
  String type();

  /** CloudEvent {@code subject} and Kafka key: the aggregate whose events stay in order. */
  UUID subject();
}
