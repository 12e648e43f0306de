package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.localstack.testing.SqlProbe;
import eu.cohesion.panel.TestClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every "now" of a change comes from the kit's clock bean: fixing it fixes the panel's times and
 * the event's time in the outbox alike (no use case reads the system clock on its own).
 */
@QuarkusTest
class FixedClockTest {

  private static final Instant NINE_AM = Instant.parse("2030-01-07T09:00:00Z");

  @Inject TestClock clock;
  @Inject AgroalDataSource dataSource;

  @AfterEach
  void release() {
    clock.release();
  }

  @Test
  @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aPanelCreatedAtAFixedInstantCarriesItInItsViewAndItsEvent() {
    clock.fixAt(NINE_AM);

    String id =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("city", "mechelen", "name", "Fixed-clock panel " + UUID.randomUUID()))
            .when()
            .post("/panels")
            .then()
            .statusCode(201)
            .body("createdAt", equalTo("2030-01-07T09:00:00Z"))
            .body("updatedAt", equalTo("2030-01-07T09:00:00Z"))
            .extract()
            .path("id");

    Instant eventTime =
        new SqlProbe(dataSource)
            .query(
                "select created_at from outbox_event where aggregate_id = ? and type = ?",
                rs -> rs.next() ? rs.getTimestamp(1).toInstant() : null,
                UUID.fromString(id),
                "eu.cohesion.panel.created");
    assertEquals(NINE_AM, eventTime);
  }
}
