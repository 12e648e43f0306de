package eu.cohesion.kit.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class AckedPrefixTest {

  private static final Duration TIMEOUT = Duration.ofMillis(200);

  /** A broker stand-in: records what was sent, in order, and answers each send as told. */
  private static final class Broker {
    final List<String> sent = new ArrayList<>();
    final Map<String, Throwable> unacked = new LinkedHashMap<>();
    final Map<String, CompletableFuture<Void>> acks = new LinkedHashMap<>();

    final Map<String, Runnable> whenSent = new LinkedHashMap<>();

    CompletableFuture<Void> send(String item) {
      sent.add(item);
      whenSent.getOrDefault(item, () -> {}).run();
      return acks.computeIfAbsent(item, i -> CompletableFuture.completedFuture(null));
    }

    int relay(List<String> items) {
      return AckedPrefix.of(items, this::send, TIMEOUT, unacked::put);
    }
  }

  @Test
  void everyItemIsSentInOrderAndAllCountWhenAllAreAcked() {
    Broker broker = new Broker();
    assertEquals(4, broker.relay(List.of("a", "b", "c", "d")));
    assertEquals(List.of("a", "b", "c", "d"), broker.sent);
    assertEquals(Map.of(), broker.unacked);
  }

  @Test
  void theRestIsSentBeforeAnyOfItsAcksIsAwaited() {
    Broker broker = new Broker();
    CompletableFuture<Void> ackOfB = new CompletableFuture<>();
    broker.acks.put("b", ackOfB);
    // b is acked only once c has been sent: a relay that awaited b before sending c would time out
    broker.whenSent.put("c", () -> ackOfB.complete(null));
    assertEquals(3, broker.relay(List.of("a", "b", "c")));
  }

  @Test
  void onlyTheAckedPrefixCountsAndNothingAfterTheFirstFailure() {
    Broker broker = new Broker();
    RuntimeException refused = new IllegalStateException("not leader");
    broker.acks.put("c", CompletableFuture.failedFuture(refused));
    // d was acked by the broker, but it must not count: it would overtake c
    assertEquals(2, broker.relay(List.of("a", "b", "c", "d")));
    assertEquals(List.of("a", "b", "c", "d"), broker.sent);
    assertEquals(Map.of("c", refused), broker.unacked, "only the first failure is reported");
  }

  @Test
  void anAckThatDoesNotArriveInTimeEndsThePrefix() {
    Broker broker = new Broker();
    broker.acks.put("b", new CompletableFuture<>());
    assertEquals(1, broker.relay(List.of("a", "b", "c")));
    assertInstanceOf(TimeoutException.class, broker.unacked.get("b"));
  }

  @Test
  void aFailedHeadKeepsTheRestOfTheBatchBack() {
    Broker broker = new Broker();
    broker.acks.put("a", CompletableFuture.failedFuture(new IllegalStateException("too large")));
    assertEquals(0, broker.relay(List.of("a", "b", "c")));
    assertEquals(List.of("a"), broker.sent, "nothing overtakes the head on the topic");
  }

  @Test
  void anInterruptedRelayCountsWhatWasAckedAndKeepsTheInterrupt() {
    Broker broker = new Broker();
    broker.acks.put("b", new CompletableFuture<>());
    Thread.currentThread().interrupt();
    try {
      assertEquals(1, broker.relay(List.of("a", "b", "c")));
      assertEquals(true, Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void anEmptyBatchSendsNothing() {
    Broker broker = new Broker();
    assertEquals(0, broker.relay(List.of()));
    assertEquals(List.of(), broker.sent);
  }
}
