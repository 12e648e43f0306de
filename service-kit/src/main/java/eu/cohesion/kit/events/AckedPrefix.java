package eu.cohesion.kit.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Sends a batch in order without waiting for each ack in turn, and tells how many of its first
 * items were acked. Only that prefix may count as sent: an item after the first failure may have
 * reached the broker too, but counting it would let it overtake the failed one, which is sent again
 * first.
 *
 * <p>The head goes alone and is awaited before the rest leave: after an outage, or behind an item
 * the broker refuses for good, one failed send is all a batch costs, instead of the whole batch
 * reaching the topic ahead of an item that never does.
 */
final class AckedPrefix {

  private AckedPrefix() {}

  /**
   * @param send starts sending one item; its stage completes once the broker acked it
   * @param timeout how long the head, and then the rest together, may wait for their acks
   * @param failed told about the first item that was not acked (a {@link TimeoutException} when no
   *     answer came in time)
   * @return the number of leading items acked, {@code items.size()} when all were
   */
  static <T> int of(
      List<T> items,
      Function<? super T, ? extends CompletionStage<?>> send,
      Duration timeout,
      BiConsumer<? super T, Throwable> failed) {
    if (items.isEmpty()) {
      return 0;
    }
    if (!acked(items.get(0), send.apply(items.get(0)), deadline(timeout), failed)) {
      return 0;
    }
    List<CompletionStage<?>> acks = new ArrayList<>(items.size() - 1);
    for (T item : items.subList(1, items.size())) {
      acks.add(send.apply(item));
    }
    long deadline = deadline(timeout);
    for (int i = 0; i < acks.size(); i++) {
      if (!acked(items.get(i + 1), acks.get(i), deadline, failed)) {
        return i + 1;
      }
    }
    return items.size();
  }

  private static long deadline(Duration timeout) {
    return System.nanoTime() + timeout.toNanos();
  }

  private static <T> boolean acked(
      T item, CompletionStage<?> ack, long deadline, BiConsumer<? super T, Throwable> failed) {
    CompletableFuture<?> future = ack.toCompletableFuture();
    try {
      future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      return true;
    } catch (ExecutionException e) {
      failed.accept(item, e.getCause());
    } catch (TimeoutException e) {
      failed.accept(item, e);
    } catch (InterruptedException e) {
      // the relay is stopping: what was acked so far still counts, the rest is sent next start
      Thread.currentThread().interrupt();
      failed.accept(item, e);
    }
    return false;
  }
}
