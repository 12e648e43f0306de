package eu.cohesion.initiative.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.initiative.SurveyFixtures;
import eu.cohesion.initiative.SurveyFixtures.SurveyState;
import eu.cohesion.initiative.domain.Survey;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bounded flood on the public answering endpoint (at most 60 s): valid answers from many distinct
 * clients, each raced by a duplicate from another address, oversized and malformed bodies, and a
 * burst from one address. No 5xx; every valid answer of a distinct browser is stored exactly once;
 * the burst stops at the rate limit and the daily cap. Test profile: bucket 10, 6 per minute, 5
 * answers per client and survey a day.
 */
@QuarkusTest
class SurveyFloodTest {

  private static final int DISTINCT = 120;
  private static final int DUPLICATES = 40;
  private static final int OVERSIZED = 20;
  private static final int MALFORMED = 20;
  private static final int BURST = 30;
  private static final int DAILY_CAP = 5;

  @Inject SurveyFixtures fixtures;

  @TestHTTPResource("/")
  URI base;

  private enum Kind {
    VALID,
    DUPLICATE,
    OVERSIZED,
    MALFORMED,
    BURST
  }

  private record Shot(Kind kind, String token, String address, String body) {}

  @Test
  void theEndpointSurvivesAFloodWithoutLosingOrDoublingValidAnswers() throws Exception {
    Survey survey = fixtures.open("reggio-emilia");
    String url = base.resolve("/public/surveys/" + survey.publicToken() + "/responses").toString();
    Random random = new Random(42);
    List<Shot> shots = new ArrayList<>();
    for (int i = 0; i < DISTINCT; i++) {
      String token = "flood-browser-" + String.format("%04d", i);
      shots.add(
          new Shot(
              Kind.VALID, token, "10.1." + (i / 250) + "." + (i % 250 + 1), valid(token, random)));
      if (i < DUPLICATES) {
        shots.add(new Shot(Kind.DUPLICATE, token, "10.2.0." + (i + 1), valid(token, random)));
      }
    }
    for (int i = 0; i < OVERSIZED; i++) {
      String token = "flood-oversized-" + String.format("%04d", i);
      String body =
          "{\"answerToken\":\""
              + token
              + "\",\"answers\":[{\"questionId\":\"q3\",\"text\":\""
              + "y".repeat(40_000)
              + "\"}]}";
      shots.add(new Shot(Kind.OVERSIZED, token, "10.3.0." + (i + 1), body));
    }
    for (int i = 0; i < MALFORMED; i++) {
      String token = "flood-malformed-" + String.format("%04d", i);
      String body =
          i % 2 == 0
              ? "{\"answerToken\": \"" + token + "\", \"answers\": ["
              : "{\"answerToken\": 7, \"answers\": \"none\"}";
      shots.add(new Shot(Kind.MALFORMED, token, "10.4.0." + (i + 1), body));
    }
    for (int i = 0; i < BURST; i++) {
      String token = "flood-burst-" + String.format("%04d", i);
      shots.add(new Shot(Kind.BURST, token, "10.9.9.9", valid(token, random)));
    }
    Collections.shuffle(shots, random);

    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    Map<Kind, Map<Integer, AtomicInteger>> statuses = new ConcurrentHashMap<>();
    Map<String, List<Integer>> byToken = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    long started = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (Shot shot : shots) {
      Callable<Void> send =
          () -> {
            HttpRequest request =
                HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", shot.address())
                    .POST(HttpRequest.BodyPublishers.ofString(shot.body()))
                    .build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            statuses
                .computeIfAbsent(shot.kind(), k -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new AtomicInteger())
                .incrementAndGet();
            byToken
                .computeIfAbsent(shot.token(), t -> Collections.synchronizedList(new ArrayList<>()))
                .add(status);
            return null;
          };
      done.add(pool.submit(send));
    }
    for (Future<?> future : done) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertTrue(millis < 60_000, "bounded: " + millis + " ms");

    SurveyState state = fixtures.state(survey.id());
    Map<String, Map<Integer, Integer>> printable = new TreeMap<>();
    statuses.forEach(
        (kind, counts) -> {
          Map<Integer, Integer> c = new TreeMap<>();
          counts.forEach((status, n) -> c.put(status, n.get()));
          printable.put(kind.name(), c);
        });
    System.out.printf(
        "survey-flood: %d requests in %d ms, statuses per kind %s; stored responses %d, answer rows %d, quotes %d%n",
        shots.size(), millis, printable, state.responses(), state.answers(), state.quotes());

    statuses
        .values()
        .forEach(counts -> counts.keySet().forEach(s -> assertTrue(s < 500, "no 5xx: " + s)));
    for (int i = 0; i < DISTINCT; i++) {
      List<Integer> answers = byToken.get("flood-browser-" + String.format("%04d", i));
      assertEquals(1, answers.stream().filter(s -> s == 204).count(), "stored once: " + answers);
      assertTrue(
          answers.stream().allMatch(s -> s == 204 || s == 409), "else a duplicate: " + answers);
    }
    assertEquals(Map.of(413, OVERSIZED), plain(statuses.get(Kind.OVERSIZED)));
    assertEquals(Map.of(400, MALFORMED), plain(statuses.get(Kind.MALFORMED)));
    Map<Integer, Integer> burst = plain(statuses.get(Kind.BURST));
    assertEquals(DAILY_CAP, burst.getOrDefault(204, 0), "the daily cap per client: " + burst);
    assertEquals(BURST - DAILY_CAP, burst.getOrDefault(429, 0), "the rest rate-limited: " + burst);
    assertEquals(DISTINCT + DAILY_CAP, state.responses());
    assertEquals(DISTINCT + DAILY_CAP, fixtures.answerTokens(survey.id()));
    assertEquals(2L * (DISTINCT + DAILY_CAP), state.answers(), "a rating and a choice each");
  }

  private static Map<Integer, Integer> plain(Map<Integer, AtomicInteger> counts) {
    Map<Integer, Integer> plain = new TreeMap<>();
    counts.forEach((status, n) -> plain.put(status, n.get()));
    return plain;
  }

  private static String valid(String token, Random random) {
    return "{\"answerToken\":\""
        + token
        + "\",\"answers\":["
        + "{\"questionId\":\"q1\",\"rating\":"
        + (1 + random.nextInt(5))
        + "},"
        + "{\"questionId\":\"q2\",\"choice\":\"q2o"
        + (1 + random.nextInt(2))
        + "\"},"
        + "{\"questionId\":\"q3\",\"text\":\"Good, reach me at someone"
        + random.nextInt(1000)
        + "@example.eu\"}]}";
  }
}
