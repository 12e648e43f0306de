package eu.cohesion.practice.rest.discussion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.practice.Discussions;
import eu.cohesion.practice.Practices;
import eu.cohesion.practice.TestDatabase;
import eu.cohesion.practice.domain.discussion.PostKind;
import eu.cohesion.practice.events.QuestionAnswered;
import eu.cohesion.practice.events.QuestionAsked;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Questions, comments and replies across towns: who may write, who marks the answer, plain text
 * only, and a refused request changes nothing. (Each test signs in as a person of its own: the
 * posting limit is per person.)
 */
@QuarkusTest
class DiscussionTest {

  @Inject Practices practices;
  @Inject Discussions discussions;
  @Inject TestDatabase db;

  @Test
  @TestSecurity(user = "member-tartu-asks", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void aMemberOfAnotherTownAsksAQuestion() {
    UUID practice = practices.published("mechelen", "Welcome desk");
    ValidatableResponse asked =
        ask(practice, "Volunteers?", "How did you find your volunteers?")
            .statusCode(201)
            .header("ETag", equalTo("\"0\""))
            .body("post.kind", equalTo("QUESTION"))
            .body("post.title", equalTo("Volunteers?"))
            .body("post.body", equalTo("How did you find your volunteers?"))
            .body("post.hidden", equalTo(false))
            .body("post.author.role", equalTo("MEMBER"))
            .body("post.author.city", equalTo("tartu"))
            .body("post.author.you", equalTo(true))
            .body("post.author.erased", equalTo(false))
            .body("post.allowedActions", contains("REPLY_TO_POST"))
            .body("replies.size()", equalTo(0));
    UUID id = UUID.fromString(asked.extract().path("post.id"));
    asked.header("Location", endsWith("/practices/" + practice + "/questions/" + id));
    assertEquals(1, db.outboxRows(id, QuestionAsked.TYPE));

    given()
        .when()
        .get("/practices/{id}/questions", practice)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].question.id", equalTo(id.toString()))
        .body("items[0].replyCount", equalTo(0))
        .body("allowedActions", contains("ASK_QUESTION"));
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen-answers", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void theSourceTownsCoordinatorRepliesAndMarksTheAnswer() {
    UUID practice = practices.published("mechelen", "Language cafés");
    UUID question = discussions.question(Discussions.member("tartu"), practice, "Which rooms?");

    ValidatableResponse replied =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("body", "The library lends us a room. See https://example.org/rooms"))
            .when()
            .post("/practices/{id}/questions/{q}/replies", practice, question)
            .then()
            .statusCode(201)
            .header("ETag", equalTo("\"0\""))
            .body("replies.size()", equalTo(1))
            .body("replies[0].author.role", equalTo("COORDINATOR"))
            .body("replies[0].author.city", equalTo("mechelen"))
            .body("replies[0].allowedActions", hasItem("MARK_ANSWER"));
    String reply = replied.extract().path("replies[0].id");

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("replyId", reply))
        .when()
        .put("/practices/{id}/questions/{q}/answer", practice, question)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("post.answerId", equalTo(reply))
        .body("replies[0].answer", equalTo(true))
        .body("replies[0].allowedActions", not(hasItem("MARK_ANSWER")));
    assertEquals(1, db.outboxRows(question, QuestionAnswered.TYPE));

    given()
        .when()
        .get("/practices/{id}/questions", practice)
        .then()
        .body("items[0].replyCount", equalTo(1))
        .body("items[0].question.answerId", equalTo(reply));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu-marks", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void anotherTownsCoordinatorAsksButMarksNoAnswer() {
    UUID practice = practices.published("mechelen", "Mentors");
    UUID question =
        discussions.question(Discussions.member("tartu"), practice, "How many mentors?");
    UUID reply =
        discussions.reply(
            Discussions.coordinator("mechelen"), practice, question, PostKind.QUESTION, "Twelve.");
    given()
        .when()
        .get("/practices/{id}/questions/{q}", practice, question)
        .then()
        .statusCode(200)
        .body("replies[0].allowedActions", not(hasItem("MARK_ANSWER")));
    refusedWithoutChange(
        practice,
        question,
        () ->
            markAnswer(practice, question, "\"0\"", reply)
                .statusCode(403)
                .body("type", equalTo("urn:cohesion:problem:forbidden")));
    ask(practice, "Also in winter?", "Does it work in winter as well?").statusCode(201);
  }

  @Test
  @TestSecurity(user = "member-mechelen-marks", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void membersCommentButMarkNoAnswerNorModerate() {
    UUID practice = practices.published("mechelen", "Buddies");
    UUID question =
        discussions.question(Discussions.member("tartu"), practice, "Buddies for whom?");
    UUID reply =
        discussions.reply(
            Discussions.coordinator("mechelen"), practice, question, PostKind.QUESTION, "All.");
    refusedWithoutChange(
        practice, question, () -> markAnswer(practice, question, "\"0\"", reply).statusCode(403));
    refusedWithoutChange(
        practice,
        reply,
        () ->
            given()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "I do not like it"))
                .when()
                .post("/posts/{id}/hide", reply)
                .then()
                .statusCode(403));
    given().when().get("/moderation/queue").then().statusCode(403);
    comment(practice, "We do the same in Mechelen's north.").statusCode(201);
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen-precondition", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void markingAnAnswerNeedsTheQuestionsCurrentVersion() {
    UUID practice = practices.published("mechelen", "Precondition");
    UUID question = discussions.question(Discussions.member("tartu"), practice, "Which version?");
    UUID first =
        discussions.reply(
            Discussions.member("tartu"), practice, question, PostKind.QUESTION, "This one.");
    UUID foreign =
        discussions.reply(
            Discussions.member("tartu"),
            practice,
            discussions.question(Discussions.member("tartu"), practice, "Another"),
            PostKind.QUESTION,
            "Elsewhere.");
    refusedWithoutChange(
        practice,
        question,
        () ->
            given()
                .contentType(ContentType.JSON)
                .body(Map.of("replyId", first.toString()))
                .when()
                .put("/practices/{id}/questions/{q}/answer", practice, question)
                .then()
                .statusCode(428));
    refusedWithoutChange(
        practice, question, () -> markAnswer(practice, question, "\"7\"", first).statusCode(412));
    refusedWithoutChange(
        practice,
        question,
        () ->
            markAnswer(practice, question, "\"0\"", foreign)
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:not-a-reply-of-this-question")));
    markAnswer(practice, question, "\"0\"", first).statusCode(200);
    refusedWithoutChange(
        practice,
        question,
        () ->
            markAnswer(practice, question, "\"1\"", first)
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:already-the-answer")));
  }

  @Test
  @TestSecurity(user = "member-celje-markup", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "celje"))
  void markupAndBadLengthsAreRefusedAndStoreNothing() {
    UUID practice = practices.published("mechelen", "Markup");
    refusedWithoutChange(
        practice,
        null,
        () ->
            comment(practice, "Nice <script>alert(1)</script>")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:markup-refused"))
                .body(
                    "detail",
                    equalTo("body must be plain text: HTML tags and entities are not accepted")));
    refusedWithoutChange(
        practice,
        null,
        () ->
            ask(practice, "<b>Help</b>", "Plain body")
                .statusCode(422)
                .body(
                    "detail",
                    equalTo("title must be plain text: HTML tags and entities are not accepted")));
    refusedWithoutChange(
        practice,
        null,
        () ->
            comment(practice, "x".repeat(4001))
                .statusCode(400)
                .contentType("application/problem+json"));
    refusedWithoutChange(
        practice, null, () -> ask(practice, "t".repeat(201), "Body").statusCode(400));
    refusedWithoutChange(practice, null, () -> comment(practice, " ").statusCode(400));
  }

  @Test
  @TestSecurity(user = "member-tartu-draft", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void aDraftHasNoDiscussion() {
    UUID draft = practices.complete("mechelen", "Not yet");
    ask(draft, "Early?", "May I ask already?").statusCode(404);
    given().when().get("/practices/{id}/questions", draft).then().statusCode(404);
    given().when().get("/practices/{id}/comments", UUID.randomUUID()).then().statusCode(404);
    assertEquals("0 posts, 0 reports, 0 moderation steps", discussions.counts(draft));
  }

  @Test
  void anonymousCallersReadVisiblePostsOnlyAndWriteNothing() {
    UUID practice = practices.published("mechelen", "Anonymous");
    UUID shown = discussions.comment(Discussions.member("tartu"), practice, "Worth a visit.");
    UUID hidden = discussions.comment(Discussions.member("tartu"), practice, "Buy cheap watches!");
    discussions.hide(hidden, 0, "advertising");

    given()
        .when()
        .get("/practices/{id}/comments", practice)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("items[0].post.id", equalTo(shown.toString()))
        .body("items[0].post.body", equalTo("Worth a visit."))
        .body("items[0].post.allowedActions.size()", equalTo(0))
        .body("items[1].post.id", equalTo(hidden.toString()))
        .body("items[1].post.hidden", equalTo(true))
        .body("items[1].post.body", nullValue())
        .body("items[1].post.moderationReason", nullValue())
        .body("allowedActions.size()", equalTo(0));
    given().when().get("/posts/{id}", hidden).then().statusCode(200).body("body", nullValue());

    refusedWithoutChange(
        practice,
        null,
        () ->
            comment(practice, "Anonymous words")
                .statusCode(401)
                .body("type", equalTo("urn:cohesion:problem:unauthenticated")));
    refusedWithoutChange(
        practice, null, () -> ask(practice, "Anyone?", "Who are you?").statusCode(401));
    refusedWithoutChange(
        practice,
        shown,
        () ->
            given()
                .contentType(ContentType.JSON)
                .body(Map.of())
                .when()
                .post("/posts/{id}/reports", shown)
                .then()
                .statusCode(401));
    given().when().get("/moderation/queue").then().statusCode(401);
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void anIntegrationClientReadsButDoesNotPost() {
    UUID practice = practices.published("mechelen", "Integration");
    given().when().get("/practices/{id}/comments", practice).then().statusCode(200);
    refusedWithoutChange(practice, null, () -> comment(practice, "Robots").statusCode(403));
  }

  @Test
  @TestSecurity(user = "member-delft-reports", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "delft"))
  void anyoneSignedInReportsAPostOnce() {
    UUID practice = practices.published("mechelen", "Reports");
    UUID comment =
        discussions.comment(Discussions.member("tartu"), practice, "Cheap flights here!");
    report(comment, "advertising")
        .statusCode(200)
        .body("allowedActions", contains("REPLY_TO_POST", "REPORT_POST"));
    refusedWithoutChange(practice, comment, () -> report(comment, "again").statusCode(200));
    assertEquals(
        1, discussions.count("select count(*) from post_report where post_id = ?", comment));
    refusedWithoutChange(
        practice,
        comment,
        () ->
            report(comment, "<i>spam</i>")
                .statusCode(422)
                .body("type", equalTo("urn:cohesion:problem:markup-refused")));
    refusedWithoutChange(
        practice, UUID.randomUUID(), () -> report(UUID.randomUUID(), "gone").statusCode(404));
  }

  @Test
  @TestSecurity(user = "member-esbjerg-floods", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "esbjerg"))
  void postingFasterThanTheLimitIsA429WithRetryAfter() {
    UUID practice = practices.published("mechelen", "Flood");
    for (int i = 1; i <= 5; i++) {
      comment(practice, "Comment number " + i).statusCode(201);
    }
    refusedWithoutChange(
        practice,
        null,
        () ->
            comment(practice, "Comment number 6")
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("60"))
                .body("type", equalTo("urn:cohesion:problem:rate-limited"))
                .body("retryAfterSeconds", equalTo(60)));
  }

  static ValidatableResponse ask(UUID practice, String title, String body) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", title, "body", body))
        .when()
        .post("/practices/{id}/questions", practice)
        .then();
  }

  static ValidatableResponse comment(UUID practice, String body) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("body", body))
        .when()
        .post("/practices/{id}/comments", practice)
        .then();
  }

  static ValidatableResponse report(UUID post, String reason) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", reason))
        .when()
        .post("/posts/{id}/reports", post)
        .then();
  }

  static ValidatableResponse markAnswer(UUID practice, UUID question, String ifMatch, UUID reply) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(Map.of("replyId", reply.toString()))
        .when()
        .put("/practices/{id}/questions/{q}/answer", practice, question)
        .then();
  }

  /** Runs a request that must be refused, and checks it changed neither the post nor the counts. */
  void refusedWithoutChange(UUID practice, UUID post, Supplier<ValidatableResponse> request) {
    String counts = discussions.counts(practice);
    Map<String, Object> row = post == null ? Map.of() : discussions.row(post);
    long outbox = db.outboxRows();
    request.get();
    assertEquals(counts, discussions.counts(practice));
    if (post != null) {
      assertEquals(row, discussions.row(post));
    }
    assertEquals(outbox, db.outboxRows());
  }
}
