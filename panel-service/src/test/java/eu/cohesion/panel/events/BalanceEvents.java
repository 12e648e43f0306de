package eu.cohesion.panel.events;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Member changes also move the balance, so panel-events interleaves balance-changed records with
 * the facts a test is about; those records are TownAndBalanceEventsTest's subject.
 */
final class BalanceEvents {

  private BalanceEvents() {}

  static List<ConsumerRecord<String, String>> without(
      List<ConsumerRecord<String, String>> records) {
    return records.stream()
        .filter(r -> !r.value().contains("eu.cohesion.panel.balance-changed"))
        .toList();
  }
}
