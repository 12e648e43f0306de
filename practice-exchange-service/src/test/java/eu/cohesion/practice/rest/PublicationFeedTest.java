package eu.cohesion.practice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import eu.cohesion.kit.vocabulary.Theme;
import eu.cohesion.practice.Findings;
import eu.cohesion.practice.Unique;
import eu.cohesion.practice.service.finding.FindingWriting;
import eu.cohesion.practice.service.finding.RecommendationWriting;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GET /feeds/findings.atom, /feeds/recommendations.atom and /feeds/all.atom, read back with ROME:
 * valid Atom 1.0, published entries only, narrowed by the towns a finding's evidence comes from, by
 * the towns that endorse a recommendation, by theme and by audience.
 */
@QuarkusTest
class PublicationFeedTest {

  @Inject Findings findings;
  @Inject FindingWriting writing;
  @Inject RecommendationWriting recommendations;

  @Test
  void theFindingsFeedListsPublishedFindingsOfTheTownsTheirEvidenceComesFrom() throws Exception {
    String a = OpenDataTest.uniqueTown();
    String b = OpenDataTest.uniqueTown();
    UUID published = findings.draft(Findings.ADMIN, "Feed finding", a, b);
    writing.publish(Findings.ADMIN, published, 0L);
    UUID draft = findings.draft(Findings.ADMIN, "Feed draft", a, b);

    Feed feed = feed("findings", Map.of("town", a));
    assertEquals("atom_1.0", feed.getFeedType());
    assertTrue(feed.getTitle().contains(a));
    assertEquals(
        List.of("urn:uuid:" + published),
        feed.getEntries().stream().map(Entry::getId).toList(),
        "no draft (" + draft + ")");
    Entry entry = feed.getEntries().get(0);
    assertEquals("Feed finding", entry.getTitleEx().getValue());
    assertEquals("Cohesion network", entry.getAuthors().get(0).getName());
    assertEquals(
        "http://127.0.0.1:3000/findings/" + published, entry.getAlternateLinks().get(0).getHref());
    assertEquals(
        List.of("urn:uuid:" + published),
        feed("findings", Map.of("town", b)).getEntries().stream().map(Entry::getId).toList());
    assertEquals(
        List.of(), feed("findings", Map.of("town", OpenDataTest.uniqueTown())).getEntries());
    assertEquals(List.of(), feed("findings", Map.of("town", a, "theme", "HOUSING")).getEntries());
    assertTrue(feed("findings", Map.of()).getEntries().size() <= 50);
  }

  @Test
  void theRecommendationsFeedNarrowsByEndorsingTownAndAudience() throws Exception {
    String town = OpenDataTest.uniqueTown();
    UUID id = findings.publishedRecommendation(Unique.text("Feed recommendation"));
    recommendations.endorse(Findings.coordinator(town), id, town);

    Feed endorsed = feed("recommendations", Map.of("town", town));
    assertEquals(
        List.of("urn:uuid:" + id), endorsed.getEntries().stream().map(Entry::getId).toList());
    assertEquals(
        List.of("LOCAL_AUTHORITIES"),
        endorsed.getEntries().get(0).getCategories().stream().map(Category::getTerm).toList());
    assertEquals(
        List.of(),
        feed("recommendations", Map.of("town", town, "audience", "EU_INSTITUTIONS")).getEntries());
    assertEquals(
        1,
        feed("recommendations", Map.of("town", town, "audience", "LOCAL_AUTHORITIES"))
            .getEntries()
            .size());
    given().when().get("/feeds/recommendations.atom?audience=BANKS").then().statusCode(400);
  }

  @Test
  void theNetworkFeedListsPracticesFindingsAndRecommendationsOfATownAndThemeNewestFirst()
      throws Exception {
    String a = OpenDataTest.uniqueTown();
    String b = OpenDataTest.uniqueTown();
    UUID finding =
        findings.draft(Findings.ADMIN, "Network feed finding", List.of(Theme.EMPLOYMENT), a, b);
    writing.publish(Findings.ADMIN, finding, 0L);
    UUID recommendation =
        findings.recommendation(Findings.ADMIN, "Network feed recommendation", List.of(finding));
    recommendations.publish(Findings.ADMIN, recommendation, 0L);
    recommendations.endorse(Findings.coordinator(a), recommendation, a);

    Feed ofA = feed("all", Map.of("town", a));
    assertEquals(
        List.of("urn:uuid:" + recommendation, "urn:uuid:" + finding),
        ids(ofA).subList(0, 2),
        "newest first: the recommendation, then the finding");
    assertEquals(3, ids(ofA).size(), "and the practice of town a the finding cites");
    Entry practice = ofA.getEntries().get(2);
    assertEquals(a, practice.getAuthors().get(0).getName());
    assertTrue(practice.getAlternateLinks().get(0).getHref().contains("/practices/"));
    assertEquals(
        "http://127.0.0.1:3000/recommendations/" + recommendation,
        ofA.getEntries().get(0).getAlternateLinks().get(0).getHref());
    assertEquals(
        List.of("urn:uuid:" + finding),
        ids(feed("all", Map.of("town", b))).subList(0, 1),
        "town b did not endorse the recommendation");
    assertEquals(2, ids(feed("all", Map.of("town", b))).size());
    assertEquals(
        List.of("urn:uuid:" + recommendation, "urn:uuid:" + finding),
        ids(feed("all", Map.of("town", a, "theme", "EMPLOYMENT"))),
        "the recommendation has the themes of its finding; the practice has none");
    assertEquals(List.of(), feed("all", Map.of("town", a, "theme", "HOUSING")).getEntries());
    assertTrue(feed("all", Map.of()).getEntries().size() <= 50);
    given().when().get("/feeds/all.atom?theme=WEATHER").then().statusCode(400);
  }

  private static List<String> ids(Feed feed) {
    return feed.getEntries().stream().map(Entry::getId).toList();
  }

  private static Feed feed(String name, Map<String, String> query) throws Exception {
    String xml =
        given()
            .queryParams(query)
            .when()
            .get("/feeds/" + name + ".atom")
            .then()
            .statusCode(200)
            .contentType(startsWith("application/atom+xml"))
            .header("Cache-Control", "public, max-age=300")
            .extract()
            .asString();
    return (Feed) new WireFeedInput().build(new StringReader(xml));
  }
}
