package eu.cohesion.kit.readcache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The answers to anonymous public reads, as sent, kept until the data changes: an entry holds the
 * {@link DatabaseChanges#generation()} taken before its read and is served only while that is still
 * the current one, so no change committed after the read is ever hidden. Bounded by the bytes of
 * the bodies it holds ({@code cohesion.read-cache.max-size}), least recently used out first.
 */
@ApplicationScoped
public class PublicReadCache {

  /** One answer as sent: its body, media type and the headers the endpoint set (e.g. ETag). */
  public record Entry(
      long generation, byte[] body, String mediaType, List<Map.Entry<String, String>> headers) {}

  private final DatabaseChanges changes;
  private final Cache<String, Entry> entries;
  private final Counter hits;
  private final Counter misses;

  PublicReadCache(
      DatabaseChanges changes,
      MeterRegistry registry,
      @ConfigProperty(name = "cohesion.read-cache.max-size", defaultValue = "16M") MemorySize max) {
    this.changes = changes;
    this.entries =
        Caffeine.newBuilder()
            .maximumWeight(max.asLongValue())
            .weigher((String key, Entry e) -> key.length() + e.body().length)
            .build();
    this.hits = counter(registry, "hit");
    this.misses = counter(registry, "miss");
  }

  /** Whether this service keeps public reads at all. */
  public boolean enabled() {
    return changes.enabled();
  }

  /**
   * The generation a read about to start must be stored with, or empty when reads cannot be cached
   * now (not listening for changes).
   */
  public Optional<Long> admit() {
    return changes.listening() ? Optional.of(changes.generation()) : Optional.empty();
  }

  /** The current answer for {@code key}, if one was kept since the last change. */
  public Optional<Entry> lookup(String key) {
    Entry entry = changes.listening() ? entries.getIfPresent(key) : null;
    if (entry != null && entry.generation() == changes.generation()) {
      hits.increment();
      return Optional.of(entry);
    }
    misses.increment();
    return Optional.empty();
  }

  /** Keeps an answer read at the entry's generation, unless the data changed meanwhile. */
  public void store(String key, Entry entry) {
    if (entry.generation() == changes.generation()) {
      entries.put(key, entry);
    }
  }

  /** This replica committed a change: nothing read before it is served again. */
  public void changed() {
    changes.bump();
  }

  private static Counter counter(MeterRegistry registry, String result) {
    return Counter.builder("cohesion.read.cache.lookups")
        .description("Anonymous public reads looked up in the read cache, by result")
        .tag("result", result)
        .register(registry);
  }
}
