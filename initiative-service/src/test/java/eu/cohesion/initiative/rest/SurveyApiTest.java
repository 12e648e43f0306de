package eu.cohesion.initiative.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.contracts.EventCatalogue;
import eu.cohesion.initiative.Callers;
import eu.cohesion.initiative.SurveyFixtures;
import eu.cohesion.initiative.SurveyFixtures.SurveyState;
import eu.cohesion.initiative.domain.Survey;
import eu.cohesion.initiative.domain.SurveyStatus;
import eu.cohesion.initiative.service.SurveyDesign;
import eu.cohesion.localstack.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The survey over HTTP: the coordinator composes, edits with If-Match and opens it; residents
 * answer anonymously; results for insiders and, from five responses, for the public; quote
 * moderation; refusals that change nothing; the events on initiative-events. Jelgava's initiatives
 * are the subjects.
 */
@QuarkusTest
class SurveyApiTest {

  private static final String TOWN = "jelgava";

  @Inject SurveyFixtures fixtures;
  @Inject SurveyDesign design;
  @Inject ObjectMapper json;

  @Test
  @TestSecurity(user = "coordinator-jelgava", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorComposesEditsAndOpensASurvey() {
    UUID initiative = fixtures.initiative(TOWN);
    given()
        .when()
        .get(path(initiative))
        .then()
        .statusCode(200)
        .body("survey", nullValue())
        .body(
            "allowedActions",
            contains("MANAGE_SURVEY", "VIEW_SURVEY_RESULTS", "MODERATE_SURVEY_QUOTES"));

    String token =
        given()
            .contentType(ContentType.JSON)
            .body(SurveyFixtures.definition())
            .when()
            .post(path(initiative))
            .then()
            .statusCode(201)
            .header("ETag", equalTo("\"0\""))
            .body("status", equalTo("DRAFT"))
            .body("questions.id", contains("q1", "q2", "q3"))
            .body("questions[1].options.id", contains("q2o1", "q2o2"))
            .body("editable", equalTo(true))
            .extract()
            .path("publicToken");
    assertEquals(22, token.length(), "128 random bits, base64url");
    given()
        .contentType(ContentType.JSON)
        .body(SurveyFixtures.definition())
        .when()
        .post(path(initiative))
        .then()
        .statusCode(409);

    UUID surveyId = UUID.fromString(given().get(path(initiative)).path("survey.id"));
    SurveyState before = fixtures.state(surveyId);
    put(initiative, null).statusCode(428);
    put(initiative, "\"7\"").statusCode(412);
    Map<String, Object> oneQuestion =
        Map.of("languages", List.of("nl"), "title", Map.of("nl", "x"), "questions", List.of());
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(oneQuestion)
        .when()
        .put(path(initiative))
        .then()
        .statusCode(400);
    assertEquals(before, fixtures.state(surveyId), "refusals change nothing");

    put(initiative, "\"0\"").statusCode(200).header("ETag", equalTo("\"1\""));
    given().when().get("/public/surveys/" + token).then().statusCode(404);

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Map.of("to", "CLOSED"))
        .when()
        .post(path(initiative) + "/status")
        .then()
        .statusCode(422);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Map.of("to", "OPEN"))
        .when()
        .post(path(initiative) + "/status")
        .then()
        .statusCode(200)
        .body("status", equalTo("OPEN"))
        .body("allowedTransitions", contains("CLOSED"));
  }

  @Test
  void residentsAnswerAnonymouslyAndContactDetailsNeverReachTheDatabase() throws Exception {
    Survey survey = fixtures.open(TOWN);
    String token = survey.publicToken();
    given()
        .when()
        .get("/public/surveys/" + token)
        .then()
        .statusCode(200)
        .body("status", equalTo("OPEN"))
        .body("languages", contains("nl", "fr"))
        .body("questions", hasSize(3))
        .body("$", not(org.hamcrest.Matchers.hasKey("initiativeId")));

    for (int i = 1; i <= 4; i++) {
      answer(token, "resident-token-000" + i, "203.0.113." + i, i, "Keep going " + i)
          .statusCode(204);
    }
    given()
        .when()
        .get("/public/surveys/" + token + "/results")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:not-enough-answers"))
        .body("$", not(org.hamcrest.Matchers.hasKey("responses")));

    answer(
            token,
            "resident-token-0005",
            "203.0.113.5",
            5,
            "Mail me at an.berzina@example.lv or +371 2612 3456")
        .statusCode(204);
    SurveyState five = fixtures.state(survey.id());
    answer(token, "resident-token-0005", "203.0.113.6", 1, "again")
        .statusCode(409)
        .body("type", equalTo("urn:cohesion:problem:already-answered"));
    answer(token, "resident-token-0006", "203.0.113.7", 9, "x").statusCode(400);
    given()
        .contentType(ContentType.JSON)
        .header("X-Forwarded-For", "203.0.113.8")
        .body(
            Map.of(
                "answerToken",
                "resident-token-0007",
                "answers",
                List.of(Map.of("questionId", "q2", "choice", "q2o7"))))
        .when()
        .post("/public/surveys/" + token + "/responses")
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:cohesion:problem:invalid-answer"));
    given()
        .contentType(ContentType.JSON)
        .header("X-Forwarded-For", "203.0.113.9")
        .body(
            "{\"answerToken\": \"resident-token-0008\", \"answers\": ["
                + "{\"questionId\": \"q3\", \"text\": \""
                + "x".repeat(20_000)
                + "\"}]}")
        .when()
        .post("/public/surveys/" + token + "/responses")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
    assertEquals(five, fixtures.state(survey.id()), "refused answers change nothing");
    assertEquals(new SurveyState("OPEN", survey.version(), 5, 10, 5), five);
    assertEquals(5, fixtures.answerTokens(survey.id()));
    assertEquals(0, fixtures.rowsMentioning("203.0.113"), "no client address is stored");
    assertEquals(0, fixtures.rowsMentioning("resident-token"), "only keyed hashes of tokens");
    assertEquals(0, fixtures.rowsMentioning("@example.lv"));
    assertEquals(0, fixtures.rowsMentioning("2612"));

    given()
        .when()
        .get("/public/surveys/" + token + "/results")
        .then()
        .statusCode(200)
        .body("responses", equalTo(5))
        .body("questions[0].mean", equalTo(3.0f))
        .body("questions[0].distribution.count", contains(1, 1, 1, 1, 1))
        .body("questions[2].answers", equalTo(5))
        .body("questions[2].quotes", empty())
        .body("moderation", empty())
        .body("allowedActions", empty());
    given()
        .when()
        .get("/initiatives/" + survey.initiativeId() + "/survey/results")
        .then()
        .statusCode(401);
    given().when().get("/initiatives/" + survey.initiativeId() + "/survey").then().statusCode(401);
    given()
        .when()
        .get("/public/surveys/" + token + "/qr.svg")
        .then()
        .statusCode(200)
        .contentType("image/svg+xml")
        .body(org.hamcrest.Matchers.containsString("/s/" + token));
  }

  @Test
  @TestSecurity(user = "coordinator-jelgava", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void theCoordinatorApprovesQuotesThatThenShowAndClosesTheSurvey() throws Exception {
    Survey survey = fixtures.open(TOWN);
    for (int i = 1; i <= 5; i++) {
      answer(
              survey.publicToken(),
              "quote-token-000" + i,
              "198.51.100." + i,
              4,
              "Call 0470 12 34 5" + i)
          .statusCode(204);
    }
    ValidatableResponse results =
        given()
            .when()
            .get("/initiatives/" + survey.initiativeId() + "/survey/results")
            .then()
            .statusCode(200)
            .body("responses", equalTo(5))
            .body("moderation", hasSize(5))
            .body("moderation.status", org.hamcrest.Matchers.everyItem(equalTo("PENDING")))
            .body("moderation.text", org.hamcrest.Matchers.everyItem(equalTo("Call […]")))
            .body("questions[2].quotes", empty())
            .body("allowedActions", contains("MODERATE_SURVEY_QUOTES"));
    String quoteId = results.extract().path("moderation[0].id");
    String decision =
        "/initiatives/" + survey.initiativeId() + "/survey/quotes/" + quoteId + "/decision";
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("approved", true))
        .when()
        .post(decision)
        .then()
        .statusCode(428);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("approved", true))
        .when()
        .post(decision)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("status", equalTo("APPROVED"));
    given()
        .when()
        .get("/public/surveys/" + survey.publicToken() + "/results")
        .then()
        .statusCode(200)
        .body("questions[2].quotes", contains("Call […]"));

    Survey closed =
        design.moveTo(
            Callers.coordinatorOf(TOWN),
            survey.initiativeId(),
            fixtures.state(survey.id()).version(),
            SurveyStatus.CLOSED);
    answer(survey.publicToken(), "quote-token-0009", "198.51.100.9", 4, "late").statusCode(422);
    assertEquals(5, fixtures.state(closed.id()).responses());

    List<ConsumerRecord<String, String>> records;
    try (TopicReader reader = new TopicReader("initiative-events")) {
      String key = survey.id().toString();
      records =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> reader.recordsWithKey(key, Duration.ofMillis(500)), r -> r.size() >= 2);
      records = reader.recordsWithKey(key, Duration.ofSeconds(1));
    }
    EventCatalogue catalogue = EventCatalogue.load();
    assertEquals(2, records.size(), "opened and closed, nothing per answer");
    for (ConsumerRecord<String, String> record : records) {
      assertEquals(List.of(), catalogue.violations("initiative-events", record.value()));
    }
    JsonNode opened = json.readTree(records.get(0).value());
    JsonNode closedEvent = json.readTree(records.get(1).value());
    assertEquals("eu.cohesion.survey.opened", opened.get("type").asText());
    assertEquals(0, opened.get("data").get("responses").asInt());
    assertEquals("eu.cohesion.survey.closed", closedEvent.get("type").asText());
    assertEquals(5, closedEvent.get("data").get("responses").asInt());
    assertEquals(
        survey.initiativeId().toString(), closedEvent.get("data").get("initiativeId").asText());
    assertEquals(5, closedEvent.get("data").size(), "ids, town, status and the count only");
    assertFalse(records.get(1).value().contains("Call"), "no answer in any event");
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void aCoordinatorOfAnotherTownIsRefusedAndChangesNothing() {
    UUID initiative = fixtures.initiative(TOWN);
    given().when().get(path(initiative)).then().statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(SurveyFixtures.definition())
        .when()
        .post(path(initiative))
        .then()
        .statusCode(403);
    Survey survey = fixtures.draft(initiative, TOWN);
    SurveyState before = fixtures.state(survey.id());
    put(initiative, "\"0\"").statusCode(403);
    given().when().get(path(initiative) + "/results").then().statusCode(403);
    assertEquals(before, fixtures.state(survey.id()));
  }

  @Test
  @TestSecurity(user = "member-jelgava", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aPanelMemberSeesResultsWithoutModerationButMayNotChangeTheSurvey() {
    Survey survey = fixtures.open(TOWN);
    UUID initiative = survey.initiativeId();
    given()
        .when()
        .get(path(initiative))
        .then()
        .statusCode(200)
        .body("allowedActions", contains("VIEW_SURVEY_RESULTS"));
    given()
        .when()
        .get(path(initiative) + "/results")
        .then()
        .statusCode(200)
        .body("responses", equalTo(0))
        .body("moderation", empty())
        .body("allowedActions", empty());
    SurveyState before = fixtures.state(survey.id());
    put(initiative, "\"1\"").statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Map.of("to", "CLOSED"))
        .when()
        .post(path(initiative) + "/status")
        .then()
        .statusCode(403);
    assertEquals(before, fixtures.state(survey.id()));
  }

  private static String path(UUID initiative) {
    return "/initiatives/" + initiative + "/survey";
  }

  private static ValidatableResponse put(UUID initiative, String ifMatch) {
    var request = given().contentType(ContentType.JSON).body(SurveyFixtures.definition());
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.when().put(path(initiative)).then();
  }

  static ValidatableResponse answer(
      String token, String answerToken, String address, int rating, String text) {
    return given()
        .contentType(ContentType.JSON)
        .header("X-Forwarded-For", address)
        .body(
            Map.of(
                "answerToken",
                answerToken,
                "answers",
                List.of(
                    Map.of("questionId", "q1", "rating", rating),
                    Map.of("questionId", "q2", "choice", "q2o1"),
                    Map.of("questionId", "q3", "text", text))))
        .when()
        .post("/public/surveys/" + token + "/responses")
        .then();
  }
}
