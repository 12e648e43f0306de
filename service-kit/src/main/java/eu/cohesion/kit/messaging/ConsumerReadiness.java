package eu.cohesion.kit.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until every consumer group of the service's Kafka channels has joined its group and
 * been assigned its partitions. The connector's own check only sees a connection to the broker, so
 * a restarted consumer would say UP while the group still waited for it, and a load balancer or
 * run-platform would count events as flowing that nobody consumed yet.
 *
 * <p>The groups come from the configuration ({@code mp.messaging.incoming.*.group.id} of every
 * {@code smallrye-kafka} channel, the application's name where a channel sets none, as the
 * connector does); a service without inbound channels is always ready here.
 */
@Readiness
@ApplicationScoped
class ConsumerReadiness implements HealthCheck {

  private static final String PREFIX = "mp.messaging.incoming.";

  private final ConsumerAssignments assignments;
  private final Map<String, String> groupByChannel;

  ConsumerReadiness(
      @Identifier(ConsumerAssignments.LISTENER) ConsumerAssignments assignments, Config config) {
    this.assignments = assignments;
    this.groupByChannel = kafkaGroups(config);
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka-consumer-groups").up();
    groupByChannel.forEach(
        (channel, group) -> {
          List<TopicPartition> held = assignments.assignment(group);
          if (held == null) {
            response.down().withData(channel, "group " + group + " is waiting for its partitions");
          } else {
            response.withData(channel, "group " + group + " holds " + held);
          }
        });
    return response.build();
  }

  /**
   * Channel → group id of every inbound channel on the Kafka connector. Each channel needs a group
   * of its own: the kit gives every consumer of the service the same static instance id, and two
   * members of one group with one id would fence each other.
   */
  static Map<String, String> kafkaGroups(Config config) {
    Map<String, String> groups =
        StreamSupport.stream(config.getPropertyNames().spliterator(), false)
            .filter(name -> name.startsWith(PREFIX) && name.endsWith(".connector"))
            .filter(name -> "smallrye-kafka".equals(config.getValue(name, String.class)))
            .map(name -> name.substring(PREFIX.length(), name.length() - ".connector".length()))
            .collect(
                Collectors.toMap(
                    channel -> channel,
                    channel ->
                        config
                            .getOptionalValue(PREFIX + channel + ".group.id", String.class)
                            .orElseGet(
                                () -> config.getValue("quarkus.application.name", String.class)),
                    (a, b) -> a,
                    TreeMap::new));
    if (Set.copyOf(groups.values()).size() < groups.size()) {
      throw new IllegalStateException(
          "inbound Kafka channels share a consumer group, each needs its own group.id: " + groups);
    }
    return groups;
  }
}
