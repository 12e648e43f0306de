package eu.cohesion.kit.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * What each consumer group of this service holds right now, as the connector's rebalance callbacks
 * report it. Every inbound channel names this listener ({@code
 * consumer-rebalance-listener.name=cohesion-assignments}, set for the connector in the kit's
 * defaults); {@link ConsumerReadiness} reads it.
 *
 * <p>A group counts as joined from its first assignment, even an empty one (another replica may
 * hold every partition), until the consumer <em>loses</em> its partitions (its session expired: the
 * group moved on without it). A revocation inside an ordinary rebalance is not a loss: the consumer
 * is a member throughout and is assigned again at the rebalance's end.
 */
@ApplicationScoped
@Identifier(ConsumerAssignments.LISTENER)
public class ConsumerAssignments implements KafkaConsumerRebalanceListener {

  public static final String LISTENER = "cohesion-assignments";

  private static final Logger LOG = Logger.getLogger(ConsumerAssignments.class);

  /** Group id → the partitions of its latest assignment; absent until the first one. */
  private final Map<String, List<TopicPartition>> byGroup = new ConcurrentHashMap<>();

  @Override
  public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> assigned) {
    String group = consumer.groupMetadata().groupId();
    List<TopicPartition> now = List.copyOf(consumer.assignment());
    byGroup.put(group, now);
    LOG.infof("consumer group %s holds %s", group, now);
  }

  @Override
  public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> revoked) {
    // an ordinary rebalance: the group is assigned again when it ends
  }

  @Override
  public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> lost) {
    String group = consumer.groupMetadata().groupId();
    byGroup.remove(group);
    LOG.warnf("consumer group %s lost %s: not ready until it is assigned again", group, lost);
  }

  /** The partitions {@code group} holds, or {@code null} while it has not joined its group. */
  List<TopicPartition> assignment(String group) {
    return byGroup.get(group);
  }
}
