package eu.cohesion.practice.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.kit.testing.ScrapedMetrics;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Operators watch the library's search time per instance: each search is counted and timed as
 * {@code cohesion_practice_search_seconds}, with histogram buckets for its p99
 * (docs/operations.md).
 */
@QuarkusTest
class SearchMetricsTest {

  @Test
  void everySearchIsTimedWithHistogramBuckets() {
    double before = searches();

    given().queryParam("q", "language café").get("/practice-search").then().statusCode(200);
    given().get("/practice-search").then().statusCode(200);

    assertEquals(before + 2, searches());
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertTrue(
        ScrapedMetrics.of(metrics).names().contains("cohesion_practice_search_seconds_bucket"),
        "histogram buckets for a p99 on the dashboard");
  }

  private static double searches() {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    return ScrapedMetrics.of(metrics).sum("cohesion_practice_search_seconds_count", Map.of());
  }
}
