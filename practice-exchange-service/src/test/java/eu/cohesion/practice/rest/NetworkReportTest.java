package eu.cohesion.practice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.practice.Findings;
import eu.cohesion.practice.PeerServices;
import eu.cohesion.practice.Unique;
import eu.cohesion.practice.service.finding.RecommendationWriting;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The network report over HTTP, anonymous, with PostgreSQL and Kafka real and the two peers served
 * by {@link PeerServices}: the PDF opens, is tagged, embeds its fonts and prints what was published
 * and what the peers publish; the cache follows publications; a peer down is a note, not a failure.
 */
@QuarkusTest
class NetworkReportTest {

  @Inject Findings findings;
  @Inject RecommendationWriting recommendations;

  @AfterEach
  void peersBackUp() {
    PeerServices.DOWN.set(false);
  }

  @Test
  void thePdfIsATaggedDocumentWithEmbeddedFontsPrintingWhatWasPublished() throws IOException {
    String statement = Unique.text("Mentors shorten the way to work");
    findings.published(statement);
    String title = Unique.text("Fund resident mentors");
    UUID recommendation = findings.publishedRecommendation(title);
    recommendations.endorse(Findings.coordinator("tartu"), recommendation, "tartu");

    long began = System.nanoTime();
    Response response =
        given()
            .queryParam("lang", "en")
            .when()
            .get("/reports/network.pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .header("Content-Language", "en")
            .header("ETag", startsWith("\"pdf-en-"))
            .extract()
            .response();
    byte[] pdf = response.asByteArray();
    System.out.printf(
        "network report: %d bytes of PDF in %d ms%n",
        pdf.length, (System.nanoTime() - began) / 1_000_000);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      var catalog = document.getDocumentCatalog();
      assertNotNull(catalog.getStructureTreeRoot(), "a tagged PDF has a structure tree");
      assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "marked");
      assertEquals("en", catalog.getLanguage());
      assertEquals("Network report", document.getDocumentInformation().getTitle());
      List<PDFont> fonts = fonts(document);
      assertFalse(fonts.isEmpty());
      fonts.forEach(f -> assertTrue(f.isEmbedded(), f.getName() + " is embedded"));
      assertTrue(fonts.stream().allMatch(f -> f.getName().contains("DejaVuSans")));

      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      // Long lines wrap, also inside the UUIDs (at their hyphens): compare without white space.
      String unwrapped = text.replace(" ", "");
      assertTrue(unwrapped.contains(statement.replace(" ", "")), "the finding's statement");
      assertTrue(unwrapped.contains(title.replace(" ", "")), "the recommendation");
      assertTrue(text.contains("For local authorities"), "grouped per audience");
      assertTrue(text.contains("Tartu LPS 2026 " + PeerServices.TARTU_SCORE), text);
      assertTrue(text.contains("< 5"), "withheld counts stay withheld");
      assertTrue(text.contains("Good practice: Tartu"), "citations resolved to towns");
    }
  }

  @Test
  void theHtmlIsTheSameReportWithItsLanguageAndTableHeaders() {
    String statement = Unique.text("Language cafés open doors");
    findings.published(statement);
    given()
        .queryParam("lang", "de")
        .when()
        .get("/reports/network.html")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .header("Content-Language", "de")
        .body(containsString("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"de\""))
        .body(containsString("<title>Netzwerkbericht</title>"))
        .body(containsString("<th scope=\"col\">Ausgewogenheit</th>"))
        .body(containsString("<th scope=\"row\">Tartu (EE)</th>"))
        // Not translated into German: printed in English and marked as such.
        .body(containsString("<h3 lang=\"en\" xml:lang=\"en\">" + statement + "</h3>"));
  }

  @Test
  void theGermanPdfHasGermanLabels() throws IOException {
    byte[] pdf =
        given()
            .queryParam("lang", "de")
            .when()
            .get("/reports/network.pdf")
            .then()
            .statusCode(200)
            .header("Content-Language", "de")
            .extract()
            .asByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals("de", document.getDocumentCatalog().getLanguage());
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Netzwerkbericht"), text);
      assertTrue(text.contains("Gemeinsame Erkenntnisse"), "German section titles");
    }
  }

  @Test
  void aFindingPublishedAfterAFetchIsInTheNextOne() {
    String before = html("en");
    String statement = Unique.text("Housing first keeps families together");
    assertFalse(before.contains(statement));
    findings.published(statement);
    assertTrue(html("en").contains(statement), "the cached report was replaced");
  }

  @Test
  void aMatchingIfNoneMatchIsAnswered304() {
    String etag =
        given().when().get("/reports/network.pdf").then().statusCode(200).extract().header("ETag");
    given()
        .header("If-None-Match", etag)
        .when()
        .get("/reports/network.pdf")
        .then()
        .statusCode(304)
        .header("ETag", etag);
    findings.published(Unique.text("A new finding changes the version"));
    given()
        .header("If-None-Match", etag)
        .when()
        .get("/reports/network.pdf")
        .then()
        .statusCode(200)
        .header("ETag", not(equalTo(etag)));
  }

  @Test
  void aPeerDownLeavesANoteAndThatReportIsNotKept() {
    findings.published(Unique.text("Printed while the peers are down"));
    PeerServices.DOWN.set(true);
    String down = html("en");
    assertTrue(down.contains("The panel figures are not available at the moment."));
    assertTrue(down.contains("The initiative figures are not available at the moment."));
    assertFalse(down.contains("Tartu LPS 2026"));
    given().when().get("/reports/network.pdf").then().statusCode(200);

    PeerServices.DOWN.set(false);
    String up = html("en");
    assertTrue(up.contains("Tartu LPS 2026"), "the peers' figures are back without a publication");
    assertFalse(up.contains("not available at the moment"));
  }

  @Test
  void anUnknownLanguageIsABadRequest() {
    given()
        .queryParam("lang", "xx")
        .when()
        .get("/reports/network.pdf")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(containsString("lang"));
    given().queryParam("lang", "EN").when().get("/reports/network.html").then().statusCode(400);
  }

  private static String html(String lang) {
    return given()
        .queryParam("lang", lang)
        .when()
        .get("/reports/network.html")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static List<PDFont> fonts(PDDocument document) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      PDResources resources = page.getResources();
      for (COSName name : resources.getFontNames()) {
        fonts.add(resources.getFont(name));
      }
    }
    return fonts;
  }
}
