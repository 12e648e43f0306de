package eu.cohesion.practice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.practice.Findings;
import eu.cohesion.practice.Practices;
import eu.cohesion.practice.Transfers;
import eu.cohesion.practice.Unique;
import eu.cohesion.practice.domain.opendata.OpenDatasets;
import eu.cohesion.practice.service.PracticeSearchIndex;
import eu.cohesion.practice.service.SearchDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The open data on a real PostgreSQL: the descriptor, and the CSV and JSON exports checked against
 * it (header, every row's types), published practices only, caching and conditional GETs.
 */
@QuarkusTest
class OpenDataTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject Practices practices;
  @Inject PracticeSearchIndex index;
  @Inject Transfers transfers;
  @Inject Findings findings;

  @Test
  void theDescriptorIsATabularDataPackageUnderCcBy() throws Exception {
    JsonNode descriptor = descriptor();
    assertEquals("tabular-data-package", descriptor.path("profile").asText());
    assertEquals("CC-BY-4.0", descriptor.path("licenses").get(0).path("name").asText());
    assertEquals(
        "https://creativecommons.org/licenses/by/4.0/",
        descriptor.path("licenses").get(0).path("path").asText());
    assertTrue(descriptor.path("licenses").get(0).path("title").asText().contains("Attribution"));
    List<String> names = new ArrayList<>();
    for (JsonNode resource : descriptor.path("resources")) {
      names.add(resource.path("name").asText());
      assertEquals("tabular-data-resource", resource.path("profile").asText());
      assertEquals(
          resource.path("name").asText().replaceFirst("-(csv|json)$", "")
              + "."
              + resource.path("format").asText(),
          resource.path("path").asText());
      assertTrue(resource.path("schema").path("fields").size() > 0);
      for (JsonNode field : resource.path("schema").path("fields")) {
        assertTrue(field.path("description").asText().length() > 5, field.toString());
        assertTrue(
            List.of("string", "integer", "datetime", "array")
                .contains(field.path("type").asText()));
      }
      for (JsonNode key : resource.path("schema").path("primaryKey")) {
        assertTrue(TableSchemaRows.fieldNames(resource).contains(key.asText()));
      }
    }
    assertEquals(
        List.of(
            "practices-csv",
            "practices-json",
            "towns-csv",
            "towns-json",
            "transfers-csv",
            "transfers-json",
            "findings-csv",
            "findings-json",
            "recommendations-csv",
            "recommendations-json"),
        names);
    assertEquals("text/csv", resource(descriptor, "practices-csv").path("mediatype").asText());
    assertEquals(
        OpenDatasets.PRACTICES.header(),
        TableSchemaRows.fieldNames(resource(descriptor, "practices-json")));
  }

  @Test
  void theCsvHoldsEveryPublishedPracticeAsTheDescriptorSaysAndNoDraft() throws Exception {
    String town = uniqueTown();
    UUID published = practices.published(town, "Open welcome desk");
    themed(index, published, town, "Open welcome desk", List.of("HOUSING", "EMPLOYMENT"));
    UUID draft = practices.complete(town, "Unfinished desk");
    JsonNode resource = resource(descriptor(), "practices-csv");

    Response response = given().when().get("/open-data/practices.csv");
    response
        .then()
        .statusCode(200)
        .contentType(startsWith("text/csv"))
        .header("Cache-Control", "public, max-age=60")
        .header("Content-Disposition", "attachment; filename=\"practices.csv\"");
    List<CSVRecord> records = csv(response.asString());
    assertEquals(TableSchemaRows.fieldNames(resource), records.get(0).toList());
    for (CSVRecord row : records.subList(1, records.size())) {
      TableSchemaRows.checkCsvRow(resource, row.toList());
    }
    List<CSVRecord> ours = records.stream().filter(r -> r.get(1).equals(town)).toList();
    assertEquals(1, ours.size(), "the draft " + draft + " stays out");
    CSVRecord row = ours.get(0);
    assertEquals(published.toString(), row.get(0));
    assertEquals("ADOPTED", row.get(3));
    assertEquals("Open welcome desk", row.get(4));
    assertEquals("Summary of Open welcome desk", row.get(5));
    assertEquals("[\"HOUSING\",\"EMPLOYMENT\"]", row.get(12));
    assertEquals("[]", row.get(13));
    assertEquals("0", row.get(15));
  }

  @Test
  void theJsonHoldsTheSameRowsWithTypedValues() throws Exception {
    String town = uniqueTown();
    UUID published = practices.published(town, "Open language café");
    practices.draft(town, "A draft");
    JsonNode resource = resource(descriptor(), "practices-json");

    JsonNode rows =
        JSON.readTree(
            given()
                .when()
                .get("/open-data/practices.json")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .header("Cache-Control", "public, max-age=60")
                .extract()
                .asString());
    assertTrue(rows.isArray());
    rows.forEach(row -> TableSchemaRows.checkJsonRow(resource, row));
    List<JsonNode> ours =
        StreamSupport.stream(rows.spliterator(), false)
            .filter(r -> r.path("town").asText().equals(town))
            .toList();
    assertEquals(1, ours.size());
    assertEquals(published.toString(), ours.get(0).path("id").asText());
    assertEquals("Open language café", ours.get(0).path("title").asText());
    assertEquals(0, ours.get(0).path("transfer_count").asInt());
    assertTrue(ours.get(0).path("themes").isArray());
  }

  @Test
  void townsCountTheirPublishedPracticesOnly() throws Exception {
    String town = uniqueTown();
    practices.published(town, "First");
    practices.published(town, "Second");
    practices.complete(town, "Not yet");
    String onlyDrafts = uniqueTown();
    practices.draft(onlyDrafts);
    JsonNode descriptor = descriptor();

    List<CSVRecord> records =
        csv(given().when().get("/open-data/towns.csv").then().statusCode(200).extract().asString());
    assertEquals(
        TableSchemaRows.fieldNames(resource(descriptor, "towns-csv")), records.get(0).toList());
    records
        .subList(1, records.size())
        .forEach(r -> TableSchemaRows.checkCsvRow(resource(descriptor, "towns-csv"), r.toList()));
    CSVRecord row = records.stream().filter(r -> r.get(0).equals(town)).findFirst().orElseThrow();
    assertEquals("2", row.get(1));
    assertTrue(records.stream().noneMatch(r -> r.get(0).equals(onlyDrafts)));

    JsonNode rows =
        JSON.readTree(
            given()
                .when()
                .get("/open-data/towns.json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    rows.forEach(r -> TableSchemaRows.checkJsonRow(resource(descriptor, "towns-json"), r));
    JsonNode ours =
        StreamSupport.stream(rows.spliterator(), false)
            .filter(r -> r.path("town").asText().equals(town))
            .findFirst()
            .orElseThrow();
    assertEquals(2, ours.path("published_practices").asInt());
  }

  @Test
  void transfersArePublicFactsWithoutTheirAuthors() throws Exception {
    String source = uniqueTown();
    String adopting = uniqueTown();
    UUID practice = practices.published(source, "Travelling desk");
    UUID transfer = transfers.interested(practice, adopting);
    JsonNode descriptor = descriptor();

    List<CSVRecord> records =
        csv(
            given()
                .when()
                .get("/open-data/transfers.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    JsonNode resource = resource(descriptor, "transfers-csv");
    assertEquals(TableSchemaRows.fieldNames(resource), records.get(0).toList());
    records
        .subList(1, records.size())
        .forEach(r -> TableSchemaRows.checkCsvRow(resource, r.toList()));
    CSVRecord row =
        records.stream()
            .filter(r -> r.get(0).equals(transfer.toString()))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(transfer.toString(), practice.toString(), source, adopting, "INTERESTED"),
        row.toList().subList(0, 5));
    String json =
        given().when().get("/open-data/transfers.json").then().statusCode(200).extract().asString();
    JSON.readTree(json)
        .forEach(r -> TableSchemaRows.checkJsonRow(resource(descriptor, "transfers-json"), r));
    assertTrue(json.contains(transfer.toString()));
    assertTrue(!json.contains("coordinator-"), "no author");
  }

  @Test
  void findingsAndRecommendationsArePublishedOnesOnlyAsTheDescriptorSays() throws Exception {
    UUID recommendation = findings.publishedRecommendation(Unique.text("Open data"));
    UUID draft = findings.draft(Findings.ADMIN, "Draft finding", "tartu");
    JsonNode descriptor = descriptor();

    List<CSVRecord> rows =
        csv(
            given()
                .when()
                .get("/open-data/findings.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    JsonNode findingsCsv = resource(descriptor, "findings-csv");
    assertEquals(TableSchemaRows.fieldNames(findingsCsv), rows.get(0).toList());
    rows.subList(1, rows.size()).forEach(r -> TableSchemaRows.checkCsvRow(findingsCsv, r.toList()));
    assertTrue(rows.stream().noneMatch(r -> r.get(0).equals(draft.toString())), "no draft");
    CSVRecord backing =
        rows.stream()
            .filter(r -> r.get(2).startsWith("Backing Open data"))
            .findFirst()
            .orElseThrow();
    JsonNode evidence = JSON.readTree(backing.get(6));
    assertEquals(2, evidence.size());
    assertTrue(evidence.get(0).asText().startsWith("PRACTICE:"), evidence.toString());
    String findingsJson =
        given().when().get("/open-data/findings.json").then().statusCode(200).extract().asString();
    JSON.readTree(findingsJson)
        .forEach(r -> TableSchemaRows.checkJsonRow(resource(descriptor, "findings-json"), r));

    String json =
        given()
            .when()
            .get("/open-data/recommendations.json")
            .then()
            .statusCode(200)
            .header("Content-Disposition", "attachment; filename=\"recommendations.json\"")
            .extract()
            .asString();
    JsonNode row = null;
    for (JsonNode each : JSON.readTree(json)) {
      TableSchemaRows.checkJsonRow(resource(descriptor, "recommendations-json"), each);
      if (each.get("id").asText().equals(recommendation.toString())) {
        row = each;
      }
    }
    assertEquals("LOCAL_AUTHORITIES", row.get("audience").asText());
    assertEquals("[\"Act\"]", row.get("actions").toString());
    assertEquals(1, row.get("finding_ids").size());
    assertEquals(0, row.get("endorsing_towns").size());
    List<CSVRecord> recommendationRows =
        csv(
            given()
                .when()
                .get("/open-data/recommendations.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    JsonNode recommendationsCsv = resource(descriptor, "recommendations-csv");
    recommendationRows
        .subList(1, recommendationRows.size())
        .forEach(r -> TableSchemaRows.checkCsvRow(recommendationsCsv, r.toList()));
  }

  @Test
  void anUnchangedExportIsAnsweredNotModifiedAndAChangeMakesANewVersion() {
    practices.published(uniqueTown(), "Before");
    String etag = practicesCsvTag();
    given()
        .header("If-None-Match", etag)
        .when()
        .get("/open-data/practices.csv")
        .then()
        .statusCode(304)
        .header("ETag", equalTo(etag));

    UUID after = practices.published(uniqueTown(), "After");
    String changed = practicesCsvTag();
    assertNotEquals(etag, changed);
    transfers.interested(after, uniqueTown());
    assertNotEquals(changed, practicesCsvTag());
    given()
        .header("If-None-Match", etag)
        .when()
        .get("/open-data/practices.csv")
        .then()
        .statusCode(200);
  }

  @Test
  void theDescriptorIsPublicAndCachedLonger() {
    given()
        .when()
        .get("/open-data/datapackage.json")
        .then()
        .statusCode(200)
        .header("Cache-Control", "public, max-age=3600")
        .body("resources[0].schema.primaryKey[0]", equalTo("id"));
  }

  private static String practicesCsvTag() {
    return given()
        .when()
        .get("/open-data/practices.csv")
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  /** Gives a published practice themes, as the search index holds them. */
  static void themed(
      PracticeSearchIndex index, UUID id, String town, String title, List<String> themes) {
    index.store(
        new SearchDocument(
            id,
            town,
            "ADOPTED",
            null,
            List.of(new SearchDocument.LanguageText(null, title, null, "")),
            themes,
            List.of(),
            List.of(),
            0,
            Instant.now(),
            title,
            null));
  }

  static JsonNode descriptor() throws Exception {
    return JSON.readTree(
        given()
            .when()
            .get("/open-data/datapackage.json")
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }

  static JsonNode resource(JsonNode descriptor, String name) {
    for (JsonNode resource : descriptor.path("resources")) {
      if (resource.path("name").asText().equals(name)) {
        return resource;
      }
    }
    throw new AssertionError("no resource " + name);
  }

  static List<CSVRecord> csv(String text) throws Exception {
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
      return parser.getRecords();
    }
  }

  static String uniqueTown() {
    return "town-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
