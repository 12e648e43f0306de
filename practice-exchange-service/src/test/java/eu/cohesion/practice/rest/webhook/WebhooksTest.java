package eu.cohesion.practice.rest.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.practice.Practices;
import eu.cohesion.practice.Unique;
import eu.cohesion.practice.domain.webhook.WebhookSignature;
import eu.cohesion.practice.service.webhook.WebhookSubscriptions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end against real receivers on 127.0.0.1: a published practice arrives signed; a
 * failing receiver gets retries with growing delays until its subscription pauses; a paused one
 * gets nothing; a client reads only its own subscriptions and deliveries. The test profile retries
 * after 300 ms doubling up to 2 s, gives up after 3 attempts and pauses after 4 failures in a row.
 */
@QuarkusTest
class WebhooksTest {

  private static final String PUBLISHED = "eu.cohesion.practice.published";
  private static final String CLIENT = "service-account-statistics-office";

  @Inject Practices practices;
  @Inject WebhookSubscriptions subscriptions;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  @TestSecurity(user = CLIENT, roles = "integration-reader")
  void aPublishedPracticeReachesTheReceiverAsASignedCloudEvent() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(204)) {
      var created =
          given()
              .contentType(ContentType.JSON)
              .header("Idempotency-Key", "hook-" + receiver.url())
              .body(Map.of("url", receiver.url(), "eventTypes", List.of(PUBLISHED)))
              .when()
              .post("/webhook-subscriptions")
              .then()
              .statusCode(201)
              .header("ETag", equalTo("\"0\""))
              .body("subscription.status", equalTo("ACTIVE"))
              .body("subscription.eventTypes", contains(PUBLISHED))
              .body("secret", startsWith("whsec_"))
              .extract();
      String id = created.path("subscription.id");
      String secret = created.path("secret");
      // the secret is shown once: never in a later read
      given()
          .when()
          .get("/webhook-subscriptions/{id}", id)
          .then()
          .statusCode(200)
          .body("$", not(hasKey("secret")))
          .body("url", equalTo(receiver.url()));

      UUID practice = practices.published("mechelen", Unique.text("Signed"));

      WebhookReceiver.Received got =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(() -> receiver.mentioning(practice.toString()), r -> !r.isEmpty())
              .get(0);
      assertEquals("application/cloudevents+json; charset=utf-8", got.header("Content-Type"));
      JsonNode event = json.readTree(got.body());
      assertEquals("1.0", event.path("specversion").asText());
      assertEquals(PUBLISHED, event.path("type").asText());
      assertEquals("/practice-exchange-service", event.path("source").asText());
      assertEquals(practice.toString(), event.path("subject").asText());
      assertEquals("application/json", event.path("datacontenttype").asText());
      assertEquals(practice.toString(), event.path("data").path("practiceId").asText());
      assertEquals(event.path("id").asText(), got.header("webhook-id"));
      long sentAt = Long.parseLong(got.header("webhook-timestamp"));
      assertTrue(Math.abs(Instant.now().getEpochSecond() - sentAt) < 30, "timestamp is now");
      assertTrue(
          WebhookSignature.verify(
              secret,
              got.header("webhook-id"),
              got.header("webhook-timestamp"),
              got.header("webhook-signature"),
              got.body(),
              Instant.now(),
              Duration.ofMinutes(5)));
      // replayed an hour later, the same request fails the timestamp window
      assertTrue(
          !WebhookSignature.verify(
              secret,
              got.header("webhook-id"),
              got.header("webhook-timestamp"),
              got.header("webhook-signature"),
              got.body(),
              Instant.now().plusSeconds(3600),
              Duration.ofMinutes(5)));

      String eventId = event.path("id").asText();
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  given()
                      .when()
                      .get("/webhook-subscriptions/{id}/deliveries?size=100", id)
                      .then()
                      .statusCode(200)
                      .body(
                          "items.find { it.eventId == '" + eventId + "' }.status",
                          equalTo("DELIVERED"))
                      .body("items.find { it.eventId == '" + eventId + "' }.attempts", equalTo(1))
                      .body(
                          "items.find { it.eventId == '" + eventId + "' }.lastStatusCode",
                          equalTo(204))
                      .body(
                          "items.find { it.eventId == '" + eventId + "' }.nextAttemptAt",
                          nullValue()));

      // redelivery sends the same event once more, signed anew
      String deliveryId =
          given()
              .when()
              .get("/webhook-subscriptions/{id}/deliveries?size=100", id)
              .then()
              .extract()
              .path("items.find { it.eventId == '" + eventId + "' }.id");
      given()
          .when()
          .post("/webhook-subscriptions/{id}/deliveries/{d}/redelivery", id, deliveryId)
          .then()
          .statusCode(202)
          .body("status", equalTo("PENDING"))
          .body("attempts", equalTo(0));
      await().atMost(Duration.ofSeconds(10)).until(() -> receiver.of(eventId).size() == 2);
      deleteSubscription(id);
    }
  }

  @Test
  @TestSecurity(user = CLIENT, roles = "integration-reader")
  void aFailingReceiverGetsRetriesWithGrowingDelaysThenTheSubscriptionPauses() throws Exception {
    try (WebhookReceiver failing = new WebhookReceiver(500)) {
      String id = subscribe(failing.url());
      UUID practice = practices.published("tartu", Unique.text("Failing"));

      List<WebhookReceiver.Received> attempts =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(() -> failing.mentioning(practice.toString()), r -> r.size() >= 3);
      Duration first = Duration.between(attempts.get(0).at(), attempts.get(1).at());
      Duration second = Duration.between(attempts.get(1).at(), attempts.get(2).at());
      assertTrue(first.toMillis() >= 300, "first retry after 300 ms, was " + first);
      assertTrue(second.toMillis() >= 600, "second retry after 600 ms, was " + second);
      String eventId = attempts.get(0).header("webhook-id");
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  given()
                      .when()
                      .get("/webhook-subscriptions/{id}/deliveries?size=100", id)
                      .then()
                      .statusCode(200)
                      .body(
                          "items.find { it.eventId == '" + eventId + "' }.status",
                          equalTo("FAILED"))
                      .body("items.find { it.eventId == '" + eventId + "' }.attempts", equalTo(3))
                      .body(
                          "items.find { it.eventId == '" + eventId + "' }.lastStatusCode",
                          equalTo(500)));
      // given up after three: no fourth attempt of that event
      Thread.sleep(2500);
      assertEquals(3, failing.mentioning(practice.toString()).size());

      // the next failure is the fourth in a row: the subscription pauses
      practices.published("tartu", Unique.text("Failing again"));
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () ->
                  given()
                      .when()
                      .get("/webhook-subscriptions/{id}", id)
                      .then()
                      .statusCode(200)
                      .body("status", equalTo("PAUSED"))
                      .body("pausedReason", equalTo("consecutive delivery failures")));
      int whenPaused = failing.count();
      Thread.sleep(2500);
      assertEquals(whenPaused, failing.count(), "a paused subscription is not called");
      deleteSubscription(id);
    }
  }

  @Test
  @TestSecurity(user = CLIENT, roles = "integration-reader")
  void aPausedSubscriptionGetsNothing() throws Exception {
    try (WebhookReceiver paused = new WebhookReceiver(200);
        WebhookReceiver active = new WebhookReceiver(200)) {
      String pausedId = subscribe(paused.url());
      String activeId = subscribe(active.url());
      given()
          .contentType(ContentType.JSON)
          .header("If-Match", "\"0\"")
          .body(Map.of("url", paused.url(), "eventTypes", List.of(PUBLISHED), "status", "PAUSED"))
          .when()
          .put("/webhook-subscriptions/{id}", pausedId)
          .then()
          .statusCode(200)
          .header("ETag", equalTo("\"1\""))
          .body("status", equalTo("PAUSED"))
          .body("pausedReason", equalTo("paused by the subscriber"));

      UUID practice = practices.published("celje", Unique.text("Paused"));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> !active.mentioning(practice.toString()).isEmpty());
      Thread.sleep(1000);
      assertEquals(0, paused.count());
      deleteSubscription(pausedId);
      deleteSubscription(activeId);
    }
  }

  @Test
  @TestSecurity(user = CLIENT, roles = "integration-reader")
  void aClientSeesNeitherAnothersSubscriptionNorItsDeliveries() {
    Actor other = new Actor("service-account-other", Set.of(Role.INTEGRATION_READER), null);
    UUID theirs =
        subscriptions
            .create(other, "http://127.0.0.1:9/hook", List.of(PUBLISHED))
            .subscription()
            .id();
    given().when().get("/webhook-subscriptions/{id}", theirs).then().statusCode(404);
    given().when().get("/webhook-subscriptions/{id}/deliveries", theirs).then().statusCode(404);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(
            Map.of(
                "url",
                "http://127.0.0.1:9/x",
                "eventTypes",
                List.of(PUBLISHED),
                "status",
                "PAUSED"))
        .when()
        .put("/webhook-subscriptions/{id}", theirs)
        .then()
        .statusCode(404);
    given()
        .header("If-Match", "\"0\"")
        .when()
        .delete("/webhook-subscriptions/{id}", theirs)
        .then()
        .statusCode(404);
    given()
        .when()
        .get("/webhook-subscriptions?size=100")
        .then()
        .statusCode(200)
        .body("items.find { it.id == '" + theirs + "' }", nullValue());
    assertEquals(theirs, subscriptions.get(other, theirs).id());
  }

  @Test
  @TestSecurity(user = CLIENT, roles = "integration-reader")
  void refusedRequestsChangeNothing() {
    String id = subscribe("http://127.0.0.1:9/refusals");
    // not a public event type, a private-network target, no If-Match, a stale one, a bad one
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(
            Map.of(
                "url",
                "http://127.0.0.1:9/refusals",
                "eventTypes",
                List.of("eu.cohesion.person.erased"),
                "status",
                "ACTIVE"))
        .when()
        .put("/webhook-subscriptions/{id}", id)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:webhook-event-types-refused"));
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(
            Map.of(
                "url", "https://10.0.0.7/in", "eventTypes", List.of(PUBLISHED), "status", "ACTIVE"))
        .when()
        .put("/webhook-subscriptions/{id}", id)
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:cohesion:problem:webhook-target-refused"));
    Map<String, Object> valid =
        Map.of(
            "url", "http://127.0.0.1:9/new", "eventTypes", List.of(PUBLISHED), "status", "PAUSED");
    given()
        .contentType(ContentType.JSON)
        .body(valid)
        .when()
        .put("/webhook-subscriptions/{id}", id)
        .then()
        .statusCode(428);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"7\"")
        .body(valid)
        .when()
        .put("/webhook-subscriptions/{id}", id)
        .then()
        .statusCode(412);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "0")
        .body(valid)
        .when()
        .put("/webhook-subscriptions/{id}", id)
        .then()
        .statusCode(400);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("url", "ftp://example.org/x", "eventTypes", List.of(PUBLISHED)))
        .when()
        .post("/webhook-subscriptions")
        .then()
        .statusCode(422);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("eventTypes", List.of(PUBLISHED)))
        .when()
        .post("/webhook-subscriptions")
        .then()
        .statusCode(400);
    given()
        .when()
        .get("/webhook-subscriptions/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("url", equalTo("http://127.0.0.1:9/refusals"))
        .body("status", equalTo("ACTIVE"));

    // rotating gives a new secret once and a new version
    given()
        .header("If-Match", "\"0\"")
        .when()
        .post("/webhook-subscriptions/{id}/secret", id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("secret", startsWith("whsec_"));
    deleteSubscription(id);
    given().when().get("/webhook-subscriptions/{id}", id).then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aCoordinatorHasNoWebhooks() {
    given().when().get("/webhook-subscriptions").then().statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("url", "http://127.0.0.1:9/x", "eventTypes", List.of(PUBLISHED)))
        .when()
        .post("/webhook-subscriptions")
        .then()
        .statusCode(403);
  }

  @Test
  void anonymousCallersGetTheCatalogueButNoWebhooks() {
    given().when().get("/webhook-subscriptions").then().statusCode(401);
    given()
        .when()
        .get("/asyncapi.yaml")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/yaml"))
        .body(org.hamcrest.Matchers.containsString("eu.cohesion.practice.published"));
    given()
        .when()
        .get("/asyncapi.json")
        .then()
        .statusCode(200)
        .body("asyncapi", equalTo("3.0.0"))
        .body("components.messages.practicePublished.name", equalTo(PUBLISHED));
  }

  @Test
  @TestSecurity(user = "admin", roles = "network-admin")
  void theNetworkAdminSeesEverySubscription() {
    Actor other = new Actor("service-account-third", Set.of(Role.INTEGRATION_READER), null);
    UUID theirs =
        subscriptions
            .create(other, "http://127.0.0.1:9/admin", List.of(PUBLISHED))
            .subscription()
            .id();
    given()
        .when()
        .get("/webhook-subscriptions/{id}", theirs)
        .then()
        .statusCode(200)
        .body("id", equalTo(theirs.toString()))
        .body("consecutiveFailures", notNullValue());
    deleteSubscription(theirs.toString());
  }

  private String subscribe(String url) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("url", url, "eventTypes", List.of(PUBLISHED)))
        .when()
        .post("/webhook-subscriptions")
        .then()
        .statusCode(201)
        .extract()
        .path("subscription.id");
  }

  private void deleteSubscription(String id) {
    String etag =
        given()
            .when()
            .get("/webhook-subscriptions/{id}", id)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    given()
        .header("If-Match", etag)
        .when()
        .delete("/webhook-subscriptions/{id}", id)
        .then()
        .statusCode(204);
  }
}
