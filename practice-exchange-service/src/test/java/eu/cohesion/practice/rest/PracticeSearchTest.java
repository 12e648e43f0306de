package eu.cohesion.practice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.practice.Practices;
import eu.cohesion.practice.service.PracticeSearchIndex;
import eu.cohesion.practice.service.SearchDocument;
import eu.cohesion.practice.service.SearchDocument.LanguageText;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GET /practice-search on a real PostgreSQL: what publication and edits put into the index,
 * ranking, facet counts, accents, languages, paging and bad input.
 */
@QuarkusTest
class PracticeSearchTest {

  private static final Instant PUBLISHED = Instant.parse("2026-11-02T10:00:00Z");

  @Inject Practices practices;
  @Inject PracticeSearchIndex index;

  @Test
  void aPracticeIsFoundOnceItIsPublishedAndByItsNewTextAfterAnEdit() {
    String word = uniqueWord();
    String town = uniqueTown();
    UUID id = practices.draft(town, "Draft about " + word);
    search(Map.of("q", word)).statusCode(200).body("items", empty()).body("totalItems", equalTo(0));

    practices.revise(id, 0, Practices.completeText("Welcome " + word));
    search(Map.of("q", word)).statusCode(200).body("items", empty());

    UUID published = practices.published(town, "Welcome " + word);
    search(Map.of("q", word))
        .statusCode(200)
        .header("Cache-Control", "public, max-age=60")
        .body("totalItems", equalTo(1))
        .body("totalPages", equalTo(1))
        .body("items[0].id", equalTo(published.toString()))
        .body("items[0].city", equalTo(town))
        .body("items[0].title", equalTo("Welcome " + word))
        .body("items[0].outcome", equalTo("ADOPTED"))
        .body("items[0].score", greaterThan(0f))
        .body("facets.towns[0].value", equalTo(town))
        .body("facets.towns[0].count", equalTo(1))
        .body("facets.hasTransfers.value", contains("false"))
        .body("allowedActions", contains("SEARCH_PRACTICES"));
    // A word of the body (context) is found too.
    search(Map.of("q", "volunteers " + word)).statusCode(200).body("totalItems", equalTo(1));

    String other = uniqueWord();
    practices.revise(published, 3, Practices.completeText("Welcome " + other));
    search(Map.of("q", word)).statusCode(200).body("totalItems", equalTo(0));
    search(Map.of("q", other)).statusCode(200).body("items.id", contains(published.toString()));
  }

  @Test
  void theTitleOutranksTheSummaryWhichOutranksTheBody() {
    String word = uniqueWord();
    String town = uniqueTown();
    UUID inBody = indexed(town, doc("en", "Market", "A market", "A " + word + " on Sundays"));
    UUID inTitle = indexed(town, doc("en", "The " + word, "Summary", "Body"));
    UUID inSummary = indexed(town, doc("en", "Fair", "All about the " + word, "Body"));

    assertIds(Map.of("q", word), inTitle, inSummary, inBody);
    // By date when asked, whatever the rank: all three were published at the same instant here,
    // so the id decides.
    UUID[] byId = {inBody, inTitle, inSummary};
    java.util.Arrays.sort(byId, java.util.Comparator.comparing(UUID::toString));
    assertIds(Map.of("q", word, "sort", "recent"), byId);
  }

  @Test
  void facetsCountTheMatchesEachWithoutItsOwnFilter() {
    String word = uniqueWord();
    String town = uniqueTown();
    String otherTown = uniqueTown();
    indexed(town, faceted(word, List.of("HOUSING", "EMPLOYMENT"), List.of("EXPAT"), "10.2"));
    indexed(town, faceted(word, List.of("HOUSING"), List.of("NATIVE"), "11.1"));
    indexed(otherTown, faceted(word, List.of("HEALTH"), List.of("EXPAT"), "10.2"));

    search(Map.of("q", word))
        .statusCode(200)
        .body("totalItems", equalTo(3))
        .body("facets.themes.value", contains("HOUSING", "EMPLOYMENT", "HEALTH"))
        .body("facets.themes.count", contains(2, 1, 1))
        .body("facets.targetGroups.value", contains("EXPAT", "NATIVE"))
        .body("facets.targetGroups.count", contains(2, 1))
        .body("facets.sdgTargets.value", contains("10.2", "11.1"))
        .body("facets.towns.count", contains(2, 1))
        .body("facets.towns[0].value", equalTo(town))
        .body("facets.outcomes.value", contains("ADOPTED"))
        .body("facets.hasTransfers.value", contains("false"))
        .body("facets.hasTransfers.count", contains(3));

    // Filtered by theme: the theme facet still counts every theme, the others only HOUSING's.
    search(Map.of("q", word, "theme", "HOUSING"))
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("items.city", contains(town, town))
        .body("facets.themes.value", contains("HOUSING", "EMPLOYMENT", "HEALTH"))
        .body("facets.targetGroups.value", contains("EXPAT", "NATIVE"))
        .body("facets.targetGroups.count", contains(1, 1))
        .body("facets.towns.value", contains(town));

    // Two values of one facet: either; two facets: both.
    given()
        .queryParam("q", word)
        .queryParam("theme", "HEALTH", "EMPLOYMENT")
        .queryParam("targetGroup", "EXPAT")
        .when()
        .get("/practice-search")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2));
    search(Map.of("q", word, "town", otherTown, "sdg", "10.2"))
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].themes", contains("HEALTH"));
    search(Map.of("q", word, "hasTransfers", "true"))
        .statusCode(200)
        .body("totalItems", equalTo(0));
    search(Map.of("q", word, "outcome", "ADAPTED")).statusCode(200).body("totalItems", equalTo(0));
  }

  @Test
  void accentsAreIgnoredInTheTextAndInTheQuery() {
    String word = uniqueWord();
    UUID besancon =
        indexed(
            uniqueTown(),
            doc("fr", "Épicerie solidaire " + word, "À Besançon", "Les élèves aident."));
    for (String query : List.of("epicerie", "ÉPICERIE", "besancon", "Besançon", "eleves")) {
      assertIds(Map.of("q", query + " " + word), besancon);
    }
    UUID riga = indexed(uniqueTown(), doc("lv", "Kultūras nams " + word, "Jelgavā", "Sabiedrība"));
    search(Map.of("q", "kulturas " + word))
        .statusCode(200)
        .body("items.id", contains(riga.toString()));
  }

  @Test
  void eachLanguageIsStemmedWithItsOwnRulesAndFoundFromAnyLanguage() {
    String word = uniqueWord();
    String town = uniqueTown();
    UUID german =
        indexed(town, doc("de", "Wohnungen für Geflüchtete " + word, "Mieten", "Nachbarn helfen"));
    UUID english = indexed(town, doc("en", "Houses for families " + word, "Rent", "Neighbours"));
    UUID italian = indexed(town, doc("it", "Biblioteche aperte " + word, "Lettura", "Volontari"));
    // German stemming: "Wohnung" finds "Wohnungen"; English: "housing" finds "Houses".
    assertIds(Map.of("q", "Wohnung " + word), german);
    assertIds(Map.of("q", "housing " + word), english);
    assertIds(Map.of("q", "biblioteca " + word), italian);
    // A practice written in two languages is found by either, and lists both.
    UUID both =
        indexed(
            town,
            new SearchDocument(
                UUID.randomUUID(),
                town,
                "ADOPTED",
                "nl",
                List.of(
                    new LanguageText("nl", "Taalcafé " + word, "Samen praten", "Vrijwilligers"),
                    new LanguageText("da", "Sprogcafé " + word, "Tale sammen", "Frivillige")),
                List.of(),
                List.of(),
                List.of(),
                0,
                PUBLISHED,
                "Taalcafé " + word,
                "Samen praten"));
    assertIds(Map.of("q", "sprogcafe " + word), both);
    search(Map.of("q", "taalcafe " + word))
        .statusCode(200)
        .body("items[0].language", equalTo("nl"))
        .body("items[0].languages", containsInAnyOrder("nl", "da"));
  }

  @Test
  void pagesAreStableWhenRankAndDateTie() {
    String word = uniqueWord();
    String town = uniqueTown();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(indexed(town, doc("en", "Choir " + word, "Same", "Same")).toString());
    }
    List<String> sorted = ids.stream().sorted().toList();
    for (String sort : List.of("relevance", "recent", "transfers")) {
      List<String> seen = new ArrayList<>();
      for (int page = 0; page < 3; page++) {
        seen.addAll(
            search(Map.of("q", word, "sort", sort, "size", "2", "page", String.valueOf(page)))
                .statusCode(200)
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3))
                .extract()
                .<List<String>>path("items.id"));
      }
      assertEquals(sorted, seen, sort);
    }
    // Without a text: every published practice of the town, newest first, ties by id.
    List<String> browsed = search(Map.of("town", town, "size", "10")).extract().path("items.id");
    assertEquals(sorted, browsed);
  }

  @Test
  void anyTextIsAQueryButNotAnyLength() {
    for (String soup :
        List.of(
            "!!(&|):*<->'\\\"",
            "a & | ! b",
            "\"unclosed",
            "-",
            "or or or",
            "<-> :* & (",
            "'';--")) {
      search(Map.of("q", soup)).statusCode(200);
    }
    search(Map.of("q", "x".repeat(200))).statusCode(200);
    invalid(Map.of("q", "x".repeat(201)), "q");
    invalid(Map.of("q", "y".repeat(10_000)), "q");
    invalid(Map.of("q", "nul\u0000byte"), "q");
  }

  @Test
  void invalidParametersAreNamed() {
    Map<String, String> invalid =
        Map.of(
            "theme", "GARDENING",
            "targetGroup", "EVERYONE",
            "town", "Mechelen!",
            "sdg", "12.1",
            "outcome", "WITHDRAWN",
            "hasTransfers", "maybe",
            "sort", "best",
            "page", "-1",
            "size", "101");
    invalid.forEach((parameter, value) -> invalid(Map.of(parameter, value), parameter));
    invalid(Map.of("size", "0"), "size");
  }

  private static void invalid(Map<String, String> query, String parameter) {
    search(query)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:validation"))
        .body("violations.field", contains(parameter));
  }

  /** A published practice (the index row needs one) whose index row is then {@code document}. */
  private UUID indexed(String town, SearchDocument document) {
    UUID id = practices.published(town, document.title());
    index.store(
        new SearchDocument(
            id,
            town,
            document.outcome(),
            document.language(),
            document.texts(),
            document.themes(),
            document.targetGroups(),
            document.sdgTargets(),
            document.transferCount(),
            document.publishedAt(),
            document.title(),
            document.summary()));
    return id;
  }

  /** Published at the same instant for all, so that rank and then the id decide. */
  private static SearchDocument doc(String language, String title, String summary, String body) {
    return new SearchDocument(
        UUID.randomUUID(),
        "unused",
        "ADOPTED",
        language,
        List.of(new LanguageText(language, title, summary, body)),
        List.of(),
        List.of(),
        List.of(),
        0,
        PUBLISHED,
        title,
        summary);
  }

  private static SearchDocument faceted(
      String word, List<String> themes, List<String> groups, String sdg) {
    return new SearchDocument(
        UUID.randomUUID(),
        "unused",
        "ADOPTED",
        "en",
        List.of(new LanguageText("en", "Practice " + word, "Summary", "Body")),
        themes,
        groups,
        List.of(sdg),
        0,
        PUBLISHED,
        "Practice " + word,
        "Summary");
  }

  private static void assertIds(Map<String, String> query, UUID... expected) {
    List<String> ids = search(query).statusCode(200).extract().path("items.id");
    assertEquals(List.of(expected).stream().map(UUID::toString).toList(), ids, query.toString());
  }

  private static ValidatableResponse search(Map<String, String> query) {
    return given().queryParams(query).when().get("/practice-search").then();
  }

  /** A word no other test's practice contains: letters only, so no stemmer changes it much. */
  private static String uniqueWord() {
    StringBuilder word = new StringBuilder("zq");
    for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
      word.append((char) ('a' + Character.digit(c, 16)));
    }
    return word.toString();
  }

  private static String uniqueTown() {
    return "town-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
