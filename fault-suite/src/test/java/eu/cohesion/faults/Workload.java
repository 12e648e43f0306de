package eu.cohesion.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A client of panel-service as a careful integrator writes one: every create carries an {@code
 * Idempotency-Key}, so that it can be sent again whenever no final answer came back; a 503 is
 * retried after its {@code Retry-After} (here at most one second, to keep the suite short), and so
 * is a 409 saying the key is still in flight (a request that failed while the database was down
 * could not release its key); any other answer is final. Every answer is counted by status. With
 * several replicas of panel-service it sends each attempt to the next one, as a load balancer
 * would, so a request to a replica that died is answered by another.
 */
final class Workload {

  // Access tokens live 60 s (keycloak/realm-cohesion.json): renew well before, so no request of the
  // workload is refused for an expired token.
  private static final Duration TOKEN_AGE = Duration.ofSeconds(30);
  private static final int ATTEMPTS = 120;

  private final FaultPlatform.Running platform;
  private final String user;
  private final List<URI> replicas;
  private int attempts;
  private final Map<Integer, Integer> answers = new TreeMap<>();
  private int unavailableWithoutRetryAfter;
  private String token;
  private Instant tokenAt = Instant.MIN;

  Workload(FaultPlatform.Running platform, String user) {
    this(platform, user, List.of(platform.panels.baseUrl()));
  }

  Workload(FaultPlatform.Running platform, String user, List<URI> replicas) {
    this.platform = platform;
    this.user = user;
    this.replicas = List.copyOf(replicas);
  }

  /** POSTs {@code body} to panel-service until a final answer comes; that answer. */
  HttpResponse<String> create(String path, Object body) {
    String key = UUID.randomUUID().toString();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = post(path, body, key);
      int status = response == null ? 0 : response.statusCode();
      answers.merge(status, 1, Integer::sum);
      if (status != 0 && status != 503 && !inFlight(response)) {
        return response;
      }
      if (attempt == ATTEMPTS) {
        throw new IllegalStateException(path + " still unanswered after " + ATTEMPTS + " tries");
      }
      sleep(status == 503 ? retryAfter(response) : pauseAfterNoAnswer(status));
    }
  }

  /** Creates a panel of Mechelen named {@code name}; its id. */
  UUID createPanel(String name) {
    return idOf(create("/panels", Map.of("city", "mechelen", "name", name)));
  }

  /**
   * Adds member number {@code n} (no consent, so no population group) to {@code panel}; the new
   * member's id. Each add is an event for initiative-service's read model.
   */
  String addMember(UUID panel, int n) {
    return idOf(create(
            "/panels/" + panel + "/members",
            Map.of(
                "displayName",
                "Member " + n,
                "stakeholderCategory",
                n % 2 == 0 ? "CITIZEN" : "EXPERT",
                "consentRecorded",
                false)))
        .toString();
  }

  private UUID idOf(HttpResponse<String> created) {
    assertEquals(201, created.statusCode(), created.body());
    return UUID.fromString(platform.read(created.body()).get("id").asText());
  }

  /** How many answers of each status the workload saw (0: no answer, the connection failed). */
  Map<Integer, Integer> answers() {
    return Map.copyOf(answers);
  }

  /** 503 answers that did not say when to retry (the contract promises {@code Retry-After}). */
  int unavailableWithoutRetryAfter() {
    return unavailableWithoutRetryAfter;
  }

  String token() {
    if (Duration.between(tokenAt, Instant.now()).compareTo(TOKEN_AGE) > 0) {
      token = platform.accessToken(user);
      tokenAt = Instant.now();
    }
    return token;
  }

  private HttpResponse<String> post(String path, Object body, String key) {
    try {
      return platform.send(
          HttpRequest.newBuilder(URI.create(replicas.get(attempts++ % replicas.size()) + path))
              .timeout(Duration.ofSeconds(30))
              .header("Authorization", "Bearer " + token())
              .header("Content-Type", "application/json")
              .header("Idempotency-Key", key)
              .POST(HttpRequest.BodyPublishers.ofString(platform.write(body)))
              .build());
    } catch (UncheckedIOException e) {
      return null;
    }
  }

  /** Another replica is tried almost at once; a single one gets a second to come back. */
  private Duration pauseAfterNoAnswer(int status) {
    return status == 0 && replicas.size() > 1 ? Duration.ofMillis(100) : Duration.ofSeconds(1);
  }

  private static boolean inFlight(HttpResponse<String> response) {
    return response != null
        && response.statusCode() == 409
        && response.body().contains("idempotency-key-in-flight");
  }

  private Duration retryAfter(HttpResponse<String> response) {
    var header = response.headers().firstValue("Retry-After");
    if (header.isEmpty()) {
      unavailableWithoutRetryAfter++;
    }
    return Duration.ofSeconds(Math.min(header.map(Long::parseLong).orElse(1L), 1));
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
