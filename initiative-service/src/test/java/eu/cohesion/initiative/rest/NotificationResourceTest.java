package eu.cohesion.initiative.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.localstack.testing.SqlProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /me/notifications and /me/notification-preferences: a person reads and marks their own
 * notifications only, and changes their preferences with If-Match.
 */
@QuarkusTest
class NotificationResourceTest {

  private static final String ME = "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  private static final String PREFS_ME = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";

  @Inject AgroalDataSource dataSource;

  private SqlProbe sql;

  @BeforeEach
  void probe() {
    sql = new SqlProbe(dataSource);
  }

  @Test
  @TestSecurity(user = ME, roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "delft"))
  void aPersonListsMarksAndCountsTheirOwnNotifications() {
    sql.update("delete from notification where recipient = ?", ME);
    UUID older = notification(ME, "2026-12-01T08:00:00Z", null);
    UUID newer = notification(ME, "2026-12-01T09:00:00Z", null);
    UUID readOne = notification(ME, "2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z");
    UUID someoneElses = notification(UUID.randomUUID().toString(), "2026-12-01T09:30:00Z", null);

    given()
        .get("/me/notifications")
        .then()
        .statusCode(200)
        .body("items.id", contains(newer.toString(), older.toString(), readOne.toString()))
        .body("items[0].kind", equalTo("REVIEW_ROUND_OPENED"))
        .body("items[0].params.initiativeId", notNullValue())
        .body("items[0].link", equalTo("/initiatives/" + newer))
        .body("items[0].read", equalTo(false))
        .body("items[2].read", equalTo(true))
        .body("totalItems", equalTo(3))
        .body("allowedActions", contains("CHANGE_OWN_NOTIFICATIONS"));
    given().get("/me/notifications?size=1&page=1").then().statusCode(200).body("items", hasSize(1));
    given().get("/me/notifications/unread-count").then().statusCode(200).body("unread", equalTo(2));

    String firstRead =
        given()
            .put("/me/notifications/{id}/read", older)
            .then()
            .statusCode(200)
            .body("read", equalTo(true))
            .extract()
            .path("readAt");
    given()
        .put("/me/notifications/{id}/read", older)
        .then()
        .statusCode(200)
        .body("readAt", equalTo(firstRead));
    given().get("/me/notifications/unread-count").then().body("unread", equalTo(1));

    given()
        .put("/me/notifications/{id}/read", someoneElses)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    assertEquals(
        1,
        sql.count(
            "select count(*) from notification where id = ? and read_at is null", someoneElses));
    given().put("/me/notifications/{id}/read", "not-a-uuid").then().statusCode(404);
  }

  @Test
  @TestSecurity(user = ME + "-all", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "delft"))
  void markingAllReadSparesWhatArrivedAfterTheNewestSeen() {
    String me = ME + "-all";
    notification(me, "2026-12-01T08:00:00Z", null);
    notification(me, "2026-12-01T09:00:00Z", null);
    UUID later = notification(me, "2026-12-01T12:00:00Z", null);

    given()
        .queryParam("upTo", "2026-12-01T09:00:00Z")
        .put("/me/notifications/read")
        .then()
        .statusCode(200)
        .body("marked", equalTo(2))
        .body("unread", equalTo(1));
    given()
        .queryParam("upTo", "2026-12-01T09:00:00Z")
        .put("/me/notifications/read")
        .then()
        .statusCode(200)
        .body("marked", equalTo(0));
    given().get("/me/notifications").then().body("items[0].id", equalTo(later.toString()));
    given()
        .queryParam("upTo", "yesterday")
        .put("/me/notifications/read")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given().put("/me/notifications/read").then().statusCode(200).body("unread", equalTo(0));
  }

  @Test
  @TestSecurity(user = PREFS_ME, roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "tartu"))
  void preferencesStartAsDefaultsAndChangeOnlyWithTheCurrentVersion() {
    given()
        .get("/me/notification-preferences")
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("emailEnabled", equalTo(true))
        .body("dailyDigest", equalTo(false));

    String digest = "{\"emailEnabled\":true,\"dailyDigest\":true}";
    given()
        .contentType("application/json")
        .body(digest)
        .put("/me/notification-preferences")
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    given()
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(digest)
        .put("/me/notification-preferences")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("dailyDigest", equalTo(true));
    given()
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body("{\"emailEnabled\":false,\"dailyDigest\":false}")
        .put("/me/notification-preferences")
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    given()
        .contentType("application/json")
        .header("If-Match", "\"1\"")
        .body("{\"emailEnabled\":false}")
        .put("/me/notification-preferences")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .get("/me/notification-preferences")
        .then()
        .header("ETag", "\"1\"")
        .body("emailEnabled", equalTo(true))
        .body("dailyDigest", equalTo(true));
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void anIntegrationClientHasNoNotifications() {
    given().get("/me/notifications").then().statusCode(403);
    given().get("/me/notifications/unread-count").then().statusCode(403);
    given().put("/me/notifications/read").then().statusCode(403);
    given().get("/me/notification-preferences").then().statusCode(403);
  }

  @Test
  void anonymousCallersMustSignIn() {
    given().get("/me/notifications").then().statusCode(401).contentType("application/problem+json");
    given().get("/me/notifications/unread-count").then().statusCode(401);
    given().put("/me/notifications/{id}/read", UUID.randomUUID()).then().statusCode(401);
    given().get("/me/notification-preferences").then().statusCode(401);
  }

  @Test
  @TestSecurity(user = ME + "-export", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = "delft"))
  void theDataExportIncludesNotificationsAndPreferences() {
    UUID mine = notification(ME + "-export", "2026-12-01T08:00:00Z", null);
    given()
        .get("/me/personal-data")
        .then()
        .statusCode(200)
        .body("notifications.id", contains(mine.toString()))
        .body("notifications[0].readAt", nullValue())
        .body("notificationPreferences.emailEnabled", equalTo(true));
  }

  private UUID notification(String recipient, String createdAt, String readAt) {
    UUID id = UUID.randomUUID();
    sql.update(
        "insert into notification (id, recipient, kind, params, link, source_event_id, created_at, read_at)"
            + " values (?, ?, 'REVIEW_ROUND_OPENED', cast(? as jsonb), ?, ?, ?, ?)",
        id,
        recipient,
        "{\"initiativeId\":\""
            + id
            + "\",\"city\":\"delft\",\"closesAt\":\"2026-12-09T17:00:00Z\"}",
        "/initiatives/" + id,
        UUID.randomUUID().toString(),
        Timestamp.from(Instant.parse(createdAt)),
        readAt == null ? null : Timestamp.from(Instant.parse(readAt)));
    return id;
  }
}
