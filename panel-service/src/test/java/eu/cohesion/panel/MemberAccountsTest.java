package eu.cohesion.panel;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.localstack.testing.KeycloakTestResource;
import eu.cohesion.localstack.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A member's Keycloak account against the real Keycloak and its SMTP server: the coordinator finds
 * the town's accounts, links one, invites a new person by e-mail (the mail with the action link
 * arrives), and every refusal leaves member and realm unchanged.
 */
@QuarkusTest
@TestProfile(KeycloakLoginTest.RealKeycloak.class)
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class MemberAccountsTest {

  @Inject ObjectMapper json;

  private final List<String> createdUsers = new ArrayList<>();

  @AfterEach
  void deleteInvitedUsers() {
    String admin = token("network-admin");
    createdUsers.forEach(id -> given().auth().oauth2(admin).delete(adminApi() + "/users/" + id));
  }

  @Test
  void theCoordinatorSearchesOnlyTheTownsAccounts() {
    String coordinator = token("coordinator-mechelen");
    String member = addMember(coordinator, newPanel(coordinator));

    given()
        .auth()
        .oauth2(coordinator)
        .queryParam("q", "member-")
        .get(member + "/account-candidates")
        .then()
        .statusCode(200)
        .body("username", hasItem("member-mechelen"))
        .body("username", not(hasItem("member-tartu")))
        .body("find { it.username == 'member-mechelen' }.displayName", equalTo("Milan Member"));

    problem(
        given()
            .auth()
            .oauth2(token("coordinator-tartu"))
            .get(member + "/account-candidates")
            .then(),
        403);
    problem(given().get(member + "/account-candidates").then(), 401);
  }

  @Test
  void anInvitationCreatesAPanelMemberOfTheTownMailsTheLinkAndLinksTheMember() throws Exception {
    String coordinator = token("coordinator-mechelen");
    String panel = newPanel(coordinator);
    String member = addMember(coordinator, panel);
    String email = "invitee-" + UUID.randomUUID() + "@example.org";

    String userId =
        given()
            .auth()
            .oauth2(coordinator)
            .contentType(ContentType.JSON)
            .header("If-Match", "\"0\"")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .body(Map.of("email", email, "firstName", "Ines", "lastName", "Invitee"))
            .post(member + "/account-invitations")
            .then()
            .statusCode(201)
            .header("ETag", "\"1\"")
            .body("allowedActions", hasItem("UNLINK_MEMBER_ACCOUNT"))
            .body("allowedActions", not(hasItem("INVITE_MEMBER_ACCOUNT")))
            .extract()
            .path("keycloakUserId");
    createdUsers.add(userId);

    String admin = token("network-admin");
    given()
        .auth()
        .oauth2(admin)
        .get(adminApi() + "/users/" + userId)
        .then()
        .statusCode(200)
        .body("email", equalTo(email))
        .body("attributes.city[0]", equalTo("mechelen"))
        .body("requiredActions", hasItem("UPDATE_PASSWORD"));
    given()
        .auth()
        .oauth2(admin)
        .get(adminApi() + "/users/" + userId + "/role-mappings/realm")
        .then()
        .statusCode(200)
        .body("name", hasItem("panel-member"))
        .body("name", not(hasItem("city-coordinator")));

    String mail =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> KeycloakTestResource.smtp().messagesTo(email), m -> !m.equals("[]"));
    assertTrue(mail.contains("/realms/cohesion/login-actions/action-token"), mail);

    try (TopicReader events = new TopicReader("panel-events")) {
      List<ConsumerRecord<String, String>> records =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () ->
                      memberChanged(events.recordsWithKey(panelId(panel), Duration.ofMillis(500))),
                  r -> !r.isEmpty());
      JsonNode data = json.readTree(records.get(0).value()).get("data");
      assertEquals(userId, data.get("keycloakUserId").asText());
      assertTrue(!records.get(0).value().contains(email), "the event carries no e-mail address");
    }
  }

  @Test
  void refusedInvitationsAndLinksChangeNothing() {
    String coordinator = token("coordinator-mechelen");
    String panel = newPanel(coordinator);
    String first = addMember(coordinator, panel);
    String second = addMember(coordinator, panel);
    String email = "twice-" + UUID.randomUUID() + "@example.org";
    String userId =
        invite(coordinator, first, email).statusCode(201).extract().path("keycloakUserId");
    createdUsers.add(userId);

    // The address exists now: 409, the second member stays without account.
    problem(invite(coordinator, second, email), 409);
    // The same account for a second member still in the panel: 409.
    problem(link(coordinator, second, "\"0\"", userId), 409)
        .body("type", equalTo("urn:cohesion:problem:account-linked-elsewhere"));
    // Another town's account, an unknown one: 422.
    problem(link(coordinator, second, "\"0\"", userIdOf("member-tartu")), 422)
        .body("type", equalTo("urn:cohesion:problem:account-of-other-town"));
    problem(link(coordinator, second, "\"0\"", UUID.randomUUID().toString()), 422);
    // Stale and missing If-Match: nothing reaches Keycloak.
    String stale = "stale-" + UUID.randomUUID() + "@example.org";
    problem(
        given()
            .auth()
            .oauth2(coordinator)
            .contentType(ContentType.JSON)
            .header("If-Match", "\"7\"")
            .body(Map.of("email", stale, "firstName", "S", "lastName", "Tale"))
            .post(second + "/account-invitations")
            .then(),
        412);
    problem(
        given()
            .auth()
            .oauth2(coordinator)
            .contentType(ContentType.JSON)
            .body(Map.of("keycloakUserId", userId))
            .put(second + "/account")
            .then(),
        428);
    // Another town's coordinator and a panel member: 403.
    problem(invite(token("coordinator-tartu"), second, stale), 403);
    problem(link(token("member-mechelen"), second, "\"0\"", userId), 403);

    assertNeverLinked(coordinator, second);
    given()
        .auth()
        .oauth2(token("network-admin"))
        .queryParam("email", stale)
        .get(adminApi() + "/users")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));

    // Unlinked from the first member, the account may sign in as the second.
    unlink(coordinator, first, "\"1\"")
        .statusCode(200)
        .body("keycloakUserId", nullValue())
        .body("allowedActions", hasItem("LINK_MEMBER_ACCOUNT"));
    link(coordinator, second, "\"0\"", userId)
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("keycloakUserId", equalTo(userId));
  }

  @Test
  void aLinkedExistingUserSignsInAndSeesThePanel() {
    String coordinator = token("coordinator-mechelen");
    String panel = newPanel(coordinator);
    String member = addMember(coordinator, panel);
    link(coordinator, member, "\"0\"", userIdOf("member-mechelen"))
        .statusCode(200)
        .body("keycloakUserId", equalTo(userIdOf("member-mechelen")));

    given()
        .auth()
        .oauth2(token("member-mechelen"))
        .get(panel + "/members")
        .then()
        .statusCode(200)
        .body("items.displayName", hasItem("Mira Mertens"));
    given()
        .auth()
        .oauth2(token("member-mechelen"))
        .get("/me/personal-data")
        .then()
        .statusCode(200)
        .body(
            "sections.memberships.memberId",
            hasItem(member.substring(member.lastIndexOf('/') + 1)));
    // Free the demo account for the other tests.
    unlink(coordinator, member, "\"1\"").statusCode(200);
  }

  @Test
  void twoConcurrentLinksOfOneAccountLinkOneMemberAndRefuseTheOtherWith409() throws Exception {
    String coordinator = token("coordinator-mechelen");
    String panel = newPanel(coordinator);
    String user = userIdOf("member-mechelen");
    for (int round = 0; round < 5; round++) {
      List<String> both = List.of(addMember(coordinator, panel), addMember(coordinator, panel));
      // Both pass the "not linked elsewhere" check when they race; the unique index then refuses
      // one commit, which must read as a conflict, not as a server failure.
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> answers = new ArrayList<>();
      for (String member : both) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return link(coordinator, member, "\"0\"", user).extract().statusCode();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get(60, TimeUnit.SECONDS));
      }
      pool.shutdown();
      assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), "round " + round);
      String linked = statuses.get(0) == 200 ? both.get(0) : both.get(1);
      String refused = statuses.get(0) == 200 ? both.get(1) : both.get(0);
      assertNeverLinked(coordinator, refused);
      unlink(coordinator, linked, "\"1\"").statusCode(200);
    }
  }

  private List<ConsumerRecord<String, String>> memberChanged(
      List<ConsumerRecord<String, String>> records) {
    return records.stream()
        .filter(r -> r.value().contains("eu.cohesion.panel.member-changed"))
        .toList();
  }

  private static ValidatableResponse invite(String token, String member, String email) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("email", email, "firstName", "Tom", "lastName", "Twice"))
        .post(member + "/account-invitations")
        .then();
  }

  private static ValidatableResponse link(
      String token, String member, String ifMatch, String user) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(Map.of("keycloakUserId", user))
        .put(member + "/account")
        .then();
  }

  private static ValidatableResponse unlink(String token, String member, String ifMatch) {
    return given()
        .auth()
        .oauth2(token)
        .header("If-Match", ifMatch)
        .delete(member + "/account")
        .then();
  }

  /** The member is as added: no account, version 0 (a refused request changed nothing). */
  private static void assertNeverLinked(String token, String member) {
    given()
        .auth()
        .oauth2(token)
        .get(member)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("keycloakUserId", nullValue());
  }

  private static String newPanel(String token) {
    String id =
        given()
            .auth()
            .oauth2(token)
            .contentType(ContentType.JSON)
            .body(Map.of("city", "mechelen", "name", "Accounts " + UUID.randomUUID()))
            .post("/panels")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return "/panels/" + id;
  }

  private static String addMember(String token, String panel) {
    String id =
        given()
            .auth()
            .oauth2(token)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "displayName", "Mira Mertens",
                    "stakeholderCategory", "CITIZEN",
                    "consentRecorded", false))
            .post(panel + "/members")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return panel + "/members/" + id;
  }

  private static String panelId(String panel) {
    return panel.substring("/panels/".length());
  }

  private static String userIdOf(String username) {
    return given()
        .auth()
        .oauth2(token("network-admin"))
        .queryParam("username", username)
        .queryParam("exact", true)
        .get(adminApi() + "/users")
        .then()
        .statusCode(200)
        .extract()
        .path("[0].id");
  }

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json");
  }

  private static String adminApi() {
    return KeycloakTestResource.keycloak().baseUrl() + "/admin/realms/cohesion";
  }

  private static String token(String username) {
    return given()
        .contentType(ContentType.URLENC)
        .formParam("grant_type", "password")
        .formParam("client_id", "cohesion-dev-cli")
        .formParam("username", username)
        .formParam("password", "demo")
        .formParam("scope", "openid")
        .post(KeycloakTestResource.keycloak().issuerUrl() + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }
}
