package eu.cohesion.practice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import eu.cohesion.practice.Practices;
import eu.cohesion.practice.service.PracticeSearchIndex;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /feeds/practices.atom, read back with ROME: valid Atom 1.0, the right entries, filters. */
@QuarkusTest
class PracticeFeedTest {

  @Inject Practices practices;
  @Inject PracticeSearchIndex index;

  @Test
  void theFeedListsPublishedPracticesOfATownAsAtomEntries() throws Exception {
    String town = OpenDataTest.uniqueTown();
    UUID first = practices.published(town, "Feed welcome desk");
    UUID second = practices.published(town, "Feed housing help");
    OpenDataTest.themed(index, second, town, "Feed housing help", List.of("HOUSING"));
    UUID draft = practices.complete(town, "Feed draft");

    Feed feed = feed(Map.of("town", town));
    assertEquals("atom_1.0", feed.getFeedType());
    assertTrue(feed.getId().startsWith("urn:uuid:"), feed.getId());
    assertNotNull(feed.getUpdated());
    assertTrue(feed.getTitle().contains(town));
    Link self = feed.getOtherLinks().get(0);
    assertEquals("self", self.getRel());
    assertTrue(self.getHref().endsWith("/feeds/practices.atom?town=" + town), self.getHref());
    assertEquals("http://127.0.0.1:3000/practices", feed.getAlternateLinks().get(0).getHref());

    List<Entry> entries = feed.getEntries();
    assertEquals(
        List.of("urn:uuid:" + second, "urn:uuid:" + first),
        entries.stream().map(Entry::getId).toList(),
        "newest first, no draft (" + draft + ")");
    Entry entry = entries.get(0);
    assertEquals("Feed housing help", entry.getTitleEx().getValue());
    assertEquals("Summary of Feed housing help", entry.getSummary().getValue());
    assertEquals(town, entry.getAuthors().get(0).getName());
    assertEquals(
        List.of("HOUSING"), entry.getCategories().stream().map(Category::getTerm).toList());
    assertNotNull(entry.getUpdated());
    assertEquals(
        "http://127.0.0.1:3000/practices/" + second, entry.getAlternateLinks().get(0).getHref());
    assertEquals(List.of(), entries.get(1).getCategories());
  }

  @Test
  void aThemeNarrowsTheFeedAndItsIdDiffers() throws Exception {
    String town = OpenDataTest.uniqueTown();
    practices.published(town, "Feed culture");
    UUID housing = practices.published(town, "Feed flats");
    OpenDataTest.themed(index, housing, town, "Feed flats", List.of("HOUSING", "EMPLOYMENT"));

    Feed themed = feed(Map.of("town", town, "theme", "EMPLOYMENT"));
    assertEquals(
        List.of("urn:uuid:" + housing), themed.getEntries().stream().map(Entry::getId).toList());
    Feed all = feed(Map.of("town", town));
    assertEquals(2, all.getEntries().size());
    assertTrue(!themed.getId().equals(all.getId()));
    assertTrue(feed(Map.of()).getEntries().size() <= 50);
  }

  @Test
  void anUnknownTownHasAnEmptyFeedAndAMalformedOneIsRefused() throws Exception {
    Feed empty =
        feed(Map.of("town", "no-such-town-" + UUID.randomUUID().toString().substring(0, 4)));
    assertEquals(List.of(), empty.getEntries());
    assertNotNull(empty.getUpdated());

    for (Map<String, String> bad :
        List.of(Map.of("town", "Not A Town"), Map.of("theme", "housing"), Map.of("theme", "X"))) {
      given()
          .queryParams(bad)
          .when()
          .get("/feeds/practices.atom")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations[0].field", equalTo(bad.keySet().iterator().next()));
    }
  }

  private static Feed feed(Map<String, String> query) throws Exception {
    String xml =
        given()
            .queryParams(query)
            .when()
            .get("/feeds/practices.atom")
            .then()
            .statusCode(200)
            .contentType(startsWith("application/atom+xml"))
            .header("Cache-Control", "public, max-age=300")
            .extract()
            .asString();
    return (Feed) new WireFeedInput().build(new StringReader(xml));
  }
}
