package eu.cohesion.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many writers edit one panel at once, each sending the version it read as {@code If-Match} and
 * appending its own mark to the description; a writer whose version is stale gets a 412, reads
 * again and retries. No write may be lost: the final description holds every mark, the panel's
 * version rose by exactly the number of accepted writes, and every refusal was a 412.
 */
@ExtendWith(FaultPlatform.class)
class ConflictingWritesTest {

  private static final int WRITERS = 8;
  private static final int MARKS_PER_WRITER = 5;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void concurrentConditionalUpdatesLoseNothing(FaultPlatform.Running platform) throws Exception {
    Workload coordinator = new Workload(platform, "coordinator-mechelen");
    HttpResponse<String> created =
        coordinator.create(
            "/panels",
            Map.of("city", "mechelen", "name", "Conflicting writes " + UUID.randomUUID()));
    assertEquals(201, created.statusCode(), created.body());
    URI panel =
        URI.create(
            platform.panels.baseUrl()
                + "/panels/"
                + platform.read(created.body()).get("id").asText());
    String token = coordinator.token();
    long firstVersion = version(platform.send(get(panel, token)));

    Map<Integer, Integer> answers = new ConcurrentHashMap<>();
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      done.add(
          writers.submit(
              () -> {
                for (int m = 0; m < MARKS_PER_WRITER; m++) {
                  String mark = "[w" + writer + "m" + m + "]";
                  while (true) {
                    HttpResponse<String> current = platform.send(get(panel, token));
                    JsonNode body = platform.read(current.body());
                    int status =
                        platform
                            .send(edit(platform, panel, token, current, body, mark))
                            .statusCode();
                    answers.merge(status, 1, Integer::sum);
                    if (status == 200) {
                      break;
                    }
                  }
                }
              }));
    }
    for (Future<?> writer : done) {
      writer.get();
    }
    writers.shutdown();

    HttpResponse<String> last = platform.send(get(panel, token));
    String description = platform.read(last.body()).get("description").asText();
    int accepted = answers.getOrDefault(200, 0);
    System.out.printf(
        "fault-suite: %d conditional writes by %d writers, answers by status %s%n",
        WRITERS * MARKS_PER_WRITER, WRITERS, new TreeMap<>(answers));

    assertEquals(WRITERS * MARKS_PER_WRITER, accepted, "each mark was written once");
    assertTrue(Set.of(200, 412).containsAll(answers.keySet()), "refusals are 412 only: " + answers);
    for (int w = 0; w < WRITERS; w++) {
      for (int m = 0; m < MARKS_PER_WRITER; m++) {
        String mark = "[w" + w + "m" + m + "]";
        assertTrue(description.contains(mark), "lost update: " + mark + " not in " + description);
      }
    }
    assertEquals(firstVersion + accepted, version(last), "one version per accepted write");
  }

  private static HttpRequest get(URI panel, String token) {
    return HttpRequest.newBuilder(panel)
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .GET()
        .build();
  }

  /** The whole panel as read, its description with {@code mark} appended, under its ETag. */
  private static HttpRequest edit(
      FaultPlatform.Running platform,
      URI panel,
      String token,
      HttpResponse<String> current,
      JsonNode body,
      String mark) {
    String description =
        body.path("description").isTextual() ? body.get("description").asText() : "";
    Map<String, Object> change = new HashMap<>();
    change.put("name", body.get("name").asText());
    change.put("description", description + mark);
    change.put("mandate", Map.of("en", "Fault suite: many writers, one panel"));
    return HttpRequest.newBuilder(panel)
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
        .PUT(HttpRequest.BodyPublishers.ofString(platform.write(change)))
        .build();
  }

  private static long version(HttpResponse<String> response) {
    return Long.parseLong(response.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
  }
}
