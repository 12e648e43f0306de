package eu.cohesion.initiative.service;

import eu.cohesion.kit.limit.TokenBucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Abuse resistance of the public survey endpoints, in memory only (docs/survey.md): a client is
 * known by a keyed hash of its address under a key drawn at start and never written anywhere, so
 * neither the address nor its hash is ever stored, logged or recoverable after a restart.
 *
 * <ul>
 *   <li>a token bucket per client over every answer request (bursts, scripted floods);
 *   <li>a cap of accepted answers per client and survey per UTC day, forgotten at midnight with its
 *       key (one shared network, e.g. a community centre's Wi-Fi, may still answer many times).
 * </ul>
 *
 * Both maps are bounded: idle clients are dropped, and when full of busy ones, new clients are
 * refused rather than memory grown.
 */
@ApplicationScoped
public class SurveyAbuseGuard {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final int burst;
  private final long refillNanos;
  private final int dailyPerClient;
  private final int maxClients;
  private final Clock clock;
  private final Mac addressKey;
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
  private volatile Day day;

  private record Day(LocalDate date, Map<String, AtomicInteger> accepted) {}

  SurveyAbuseGuard(
      @ConfigProperty(name = "cohesion.survey.rate-limit.burst", defaultValue = "20") int burst,
      @ConfigProperty(name = "cohesion.survey.rate-limit.per-minute", defaultValue = "20")
          int perMinute,
      @ConfigProperty(name = "cohesion.survey.daily-answers-per-client", defaultValue = "50")
          int dailyPerClient,
      @ConfigProperty(name = "cohesion.survey.max-tracked-clients", defaultValue = "100000")
          int maxClients,
      Clock clock) {
    this.burst = burst;
    this.refillNanos = TimeUnit.MINUTES.toNanos(1) / perMinute;
    this.dailyPerClient = dailyPerClient;
    this.maxClients = maxClients;
    this.clock = clock;
    this.addressKey = mac(randomKey());
    this.day = new Day(today(), new ConcurrentHashMap<>());
  }

  /** The client's key: HMAC of its address under the in-memory key; never stored. */
  public String clientKey(String address) {
    synchronized (addressKey) {
      return HexFormat.of().formatHex(addressKey.doFinal(address.getBytes(StandardCharsets.UTF_8)));
    }
  }

  /**
   * Takes one request token for the client.
   *
   * @return 0 when admitted, else the seconds until the next request may come
   */
  public long admitRequest(String clientKey) {
    long now = System.nanoTime();
    if (!buckets.containsKey(clientKey) && buckets.size() >= maxClients) {
      buckets.values().removeIf(bucket -> bucket.full(now));
      if (buckets.size() >= maxClients) {
        return 60;
      }
    }
    TokenBucket bucket =
        buckets.computeIfAbsent(clientKey, key -> new TokenBucket(burst, refillNanos, now));
    if (bucket.tryTake(now)) {
      return 0;
    }
    return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(bucket.nanosUntilNext(now)) + 1);
  }

  /** Counts one accepted answer of the client to the survey today; false past the daily cap. */
  public boolean admitAnswer(UUID surveyId, String clientKey) {
    Day current = currentDay();
    String key = surveyId + "/" + clientKey;
    if (!current.accepted().containsKey(key) && current.accepted().size() >= maxClients) {
      return false;
    }
    AtomicInteger count = current.accepted().computeIfAbsent(key, k -> new AtomicInteger());
    if (count.incrementAndGet() > dailyPerClient) {
      count.decrementAndGet();
      return false;
    }
    return true;
  }

  /** Gives back the slot of an answer that was not stored after all (duplicate, closed survey). */
  public void refundAnswer(UUID surveyId, String clientKey) {
    AtomicInteger count = currentDay().accepted().get(surveyId + "/" + clientKey);
    if (count != null) {
      count.decrementAndGet();
    }
  }

  private Day currentDay() {
    LocalDate today = today();
    Day current = day;
    if (!current.date().equals(today)) {
      synchronized (this) {
        if (!day.date().equals(today)) {
          day = new Day(today, new ConcurrentHashMap<>());
        }
        current = day;
      }
    }
    return current;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }

  static Mac mac(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
