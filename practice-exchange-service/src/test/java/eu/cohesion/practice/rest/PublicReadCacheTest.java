package eu.cohesion.practice.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.practice.Practices;
import eu.cohesion.practice.TestDatabase;
import eu.cohesion.practice.Unique;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The public read cache (kit.readcache) as a visitor and an integrator rely on it: a repeated
 * anonymous read is answered from memory with the same bytes and validators, and no change is ever
 * hidden, whether this replica made it or something beside it wrote the database.
 */
@QuarkusTest
class PublicReadCacheTest {

  @Inject Practices practices;
  @Inject TestDatabase db;
  @Inject MeterRegistry registry;

  @Test
  void aRepeatedAnonymousReadIsAnsweredFromMemoryWithTheSameBytes() {
    UUID id = practices.published("mechelen", Unique.text("Cached"));
    // Any committed write of the service starts a new generation (in the full suite, other tests'
    // background work too): a pair of reads with none between them shows the hit.
    ExtractableResponse<Response> second =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> repeatedRead(id), pair -> pair != null)
            .get(1);
    ExtractableResponse<Response> first = read(id);
    assertArrayEquals(first.body().asByteArray(), second.body().asByteArray());
    assertEquals(first.header("ETag"), second.header("ETag"));
    assertEquals("public, max-age=60", second.header("Cache-Control"));
    assertTrue(
        second.header("RateLimit") != null, "a cached answer still counts against the quota");
    given()
        .header("If-None-Match", second.header("ETag"))
        .when()
        .get("/practices/{id}", id)
        .then()
        .statusCode(304);
  }

  @Test
  void aChangeOfThisReplicaIsReadAtOnce() {
    UUID id = practices.published("mechelen", Unique.text("Before"));
    read(id);
    read(id);
    String after = Unique.text("After");

    practices.revise(id, 3L, Practices.completeText(after));

    given()
        .when()
        .get("/practices/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"4\""))
        .body("title", equalTo(after));
  }

  @Test
  void aNewlyPublishedPracticeIsListedAtOnce() {
    given().when().get("/practices?city=tartu&size=100").then().statusCode(200);
    given().when().get("/practices?city=tartu&size=100").then().statusCode(200);
    String title = Unique.text("Listed");

    practices.published("tartu", title);

    given()
        .when()
        .get("/practices?city=tartu&size=100")
        .then()
        .statusCode(200)
        .body("items.title", hasItem(title));
  }

  @Test
  void aChangeWrittenBesideTheServiceIsReadAfterTheDatabaseSaysSo() {
    UUID id = practices.published("mechelen", Unique.text("Elsewhere"));
    read(id);
    read(id);
    String changed = Unique.text("Changed by another replica");

    db.retitleDirectly(id, changed);

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertEquals(changed, read(id).path("title")));
  }

  @Test
  void aLostListenerConnectionHidesNoChange() {
    UUID id = practices.published("mechelen", Unique.text("Cut"));
    read(id);
    read(id);
    assertEquals(1, db.dropReadCacheListener(), "the cache listens on one connection");
    String changed = Unique.text("Changed while not listening");

    db.retitleDirectly(id, changed);

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertEquals(changed, read(id).path("title")));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              double hits = hits();
              read(id);
              assertEquals(hits + 1, hits(), "cached again once it listens again");
            });
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aSignedInCallersReadIsNeverCached() {
    UUID draft = practices.draft("mechelen");
    double lookups = hits() + misses();

    given().when().get("/practices/{id}", draft).then().statusCode(200);
    given().when().get("/practices/{id}", draft).then().statusCode(200);

    assertEquals(lookups, hits() + misses(), "a signed-in read is not even looked up");
  }

  @Test
  void everyTableOfTheServiceInvalidatesTheCache() {
    assertEquals(List.of(), db.tablesWithoutReadCacheTrigger());
  }

  /** Two reads, if the second was served from the cache. */
  private List<ExtractableResponse<Response>> repeatedRead(UUID id) {
    ExtractableResponse<Response> first = read(id);
    double hits = hits();
    ExtractableResponse<Response> second = read(id);
    return hits() == hits + 1 ? List.of(first, second) : null;
  }

  private static ExtractableResponse<Response> read(UUID id) {
    return given().when().get("/practices/{id}", id).then().statusCode(200).extract();
  }

  private double hits() {
    return registry.counter("cohesion.read.cache.lookups", "result", "hit").count();
  }

  private double misses() {
    return registry.counter("cohesion.read.cache.lookups", "result", "miss").count();
  }
}
