package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.localstack.testing.SqlProbe;
import eu.cohesion.panel.TestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The service kit's HTTP semantics as a client sees them on panel-service: request ids, security
 * and caching headers, conditional GET, 405 with Allow, compression, idempotent creates, and bad
 * input or an unreachable database answered as problems instead of 500s.
 */
@QuarkusTest
class HttpSemanticsTest {

  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Inject TestDatabase db;
  @Inject AgroalDataSource dataSource;

  @Test
  void aWellFormedRequestIdIsEchoedAndAMissingOrMalformedOneIsMadeUp() {
    given()
        .header("X-Request-Id", "client-trace-0042")
        .get("/cities")
        .then()
        .header("X-Request-Id", equalTo("client-trace-0042"));
    given().get("/cities").then().header("X-Request-Id", matchesPattern(UUID_PATTERN));
    given()
        .header("X-Request-Id", "no spaces or \"quotes\" please")
        .get("/nothing-here")
        .then()
        .statusCode(404)
        .header("X-Request-Id", matchesPattern(UUID_PATTERN));
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (ValidatableResponse r :
        new ValidatableResponse[] {
          given().get("/cities").then().statusCode(200),
          given().get("/cities/atlantis").then().statusCode(404),
          given().get("/q/openapi").then().statusCode(200)
        }) {
      r.header("X-Content-Type-Options", "nosniff")
          .header("Referrer-Policy", "no-referrer")
          .header("X-Frame-Options", "DENY")
          .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
    // Swagger UI loads its own scripts and styles: only framing is forbidden there.
    given()
        .get("/q/swagger-ui/")
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", "frame-ancestors 'none'")
        .header("X-Content-Type-Options", "nosniff");
  }

  @Test
  void publicReadsMayBeCachedAndEverythingElseIsNoStore() {
    given()
        .get("/cities")
        .then()
        .header("Cache-Control", "public, max-age=60")
        .header("Vary", containsString("Authorization"));
    given().get("/panels").then().statusCode(200).header("Cache-Control", "public, max-age=60");
    // A signed-in caller may see more than the public view: never shared.
    given()
        .header("Authorization", "Bearer x")
        .get("/cities")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store");
    given().get("/cities/atlantis").then().statusCode(404).header("Cache-Control", "no-store");
    given().get("/test-only/http/tagged").then().header("Cache-Control", "no-store");
  }

  @Test
  void aGetWhoseIfNoneMatchNamesTheCurrentEtagIsNotModified() {
    given().get("/test-only/http/tagged").then().statusCode(200).header("ETag", "\"7\"");
    for (String ifNoneMatch : new String[] {"\"7\"", "W/\"7\"", "\"1\", \"7\"", "*"}) {
      given()
          .header("If-None-Match", ifNoneMatch)
          .get("/test-only/http/tagged")
          .then()
          .statusCode(304)
          .header("ETag", "\"7\"")
          .body(emptyOrNullString());
    }
    given()
        .header("If-None-Match", "\"6\"")
        .get("/test-only/http/tagged")
        .then()
        .statusCode(200)
        .body("version", equalTo(7));
  }

  @Test
  void aRefusedMethodNamesTheAllowedOnes() {
    given()
        .delete("/cities")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .header("Allow", "GET, HEAD, OPTIONS");
    given().put("/panels").then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS, POST");
  }

  @Test
  void jsonIsCompressedForClientsThatAcceptIt() {
    given()
        .header("Accept-Encoding", "gzip")
        .get("/cities")
        .then()
        .statusCode(200)
        .header("Content-Encoding", "gzip")
        .body("code", hasItem("mechelen"));
  }

  @Test
  void crossOriginCallsMaySendAndReadTheProtocolHeaders() {
    given()
        .header("Origin", "http://127.0.0.1:3000")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "idempotency-key,if-none-match,x-request-id")
        .options("/panels")
        .then()
        .header(
            "Access-Control-Allow-Headers",
            allOf(containsString("Idempotency-Key"), containsString("If-None-Match")));
    given()
        .header("Origin", "http://127.0.0.1:3000")
        .get("/cities")
        .then()
        .header(
            "Access-Control-Expose-Headers",
            allOf(containsString("ETag"), containsString("X-Request-Id"), containsString("Link")));
  }

  @Nested
  class BadInputIsAProblemNeverA500 {

    @Test
    void aNulByteInAPathParameter() {
      badRequest(given().urlEncodingEnabled(false).get("/cities/%00").then(), "path segment 2");
    }

    @Test
    void brokenPercentEncodingAndBytesThatAreNotUtf8() throws IOException {
      // No HTTP client library sends a broken escape: write the request line by hand. The HTTP
      // server refuses it before any filter runs, so the answer is its own bare 400.
      String raw = rawGet("/cities/%zz");
      assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
      badRequest(given().urlEncodingEnabled(false).get("/cities/%C3%28").then(), "path segment 2");
      badRequest(given().urlEncodingEnabled(false).get("/panels?city=%FF").then(), "city");
    }

    private String rawGet(String target) throws IOException {
      try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
        socket
            .getOutputStream()
            .write(
                ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      }
    }

    @Test
    void controlCharactersAndOverlongValuesInQueriesAndHeaders() {
      badRequest(given().urlEncodingEnabled(false).get("/panels?city=mech%00elen").then(), "city");
      badRequest(given().queryParam("city", "x".repeat(2049)).get("/panels").then(), "city");
      badRequest(given().get("/cities/" + "x".repeat(2049)).then(), "path segment 2");
      badRequest(
          given().header("X-Anything", "y".repeat(8193)).get("/cities").then(), "X-Anything");
    }

    @Test
    @TestSecurity(user = "network-admin", roles = "network-admin")
    void aNulCharacterInAJsonString() {
      long before = db.panelsIn("delft");
      badRequest(
          given()
              .contentType(ContentType.JSON)
              .body("{\"city\":\"delft\",\"name\":\"Delft\\u0000LPS\"}")
              .post("/panels")
              .then(),
          "name");
      assertEquals(before, db.panelsIn("delft"));
    }

    @Test
    @TestSecurity(user = "network-admin", roles = "network-admin")
    void malformedJsonAndOversizedBodies() {
      given()
          .contentType(ContentType.JSON)
          .body("{\"city\": \"delft\", ")
          .post("/panels")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:cohesion:problem:malformed-body"));
      given()
          .contentType(ContentType.JSON)
          .body("{\"city\":\"delft\",\"name\":\"" + "n".repeat(1_100_000) + "\"}")
          .post("/panels")
          .then()
          .statusCode(413)
          .contentType("application/problem+json")
          .body("status", equalTo(413));
    }

    private void badRequest(ValidatableResponse response, String field) {
      response
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:cohesion:problem:validation"))
          .body("violations.field", hasItem(field));
    }
  }

  @Test
  void anUnreachableDatabaseIsA503WithRetryAfter() {
    for (String path :
        new String[] {"/test-only/http/database-refused", "/test-only/http/pool-exhausted"}) {
      given()
          .get(path)
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .header("Retry-After", "5")
          .body("type", equalTo("urn:cohesion:problem:service-unavailable"));
    }
  }

  @Nested
  class IdempotentCreates {

    @Test
    @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
    @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
    void aRetryWithTheSameKeyReturnsTheFirstAnswerAndCreatesNothing() {
      String key = UUID.randomUUID().toString();
      String body = panel("Retried panel " + key);
      long before = db.panelsIn("mechelen");

      ValidatableResponse first =
          create(key, body).statusCode(201).header("Idempotent-Replayed", nullValue());
      ValidatableResponse retry =
          create(key, body).statusCode(201).header("Idempotent-Replayed", "true");

      assertEquals(first.extract().path("id").toString(), retry.extract().path("id").toString());
      assertEquals(first.extract().header("Location"), retry.extract().header("Location"));
      assertEquals(first.extract().asString(), retry.extract().asString());
      assertEquals(before + 1, db.panelsIn("mechelen"));
    }

    @Test
    @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
    @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
    void theSameKeyForADifferentRequestIsRefusedAndChangesNothing() {
      String key = UUID.randomUUID().toString();
      create(key, panel("First use " + key)).statusCode(201);
      long before = db.panelsIn("mechelen");

      create(key, panel("Other body " + key))
          .statusCode(422)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:cohesion:problem:idempotency-key-reused"));
      assertEquals(before, db.panelsIn("mechelen"));
    }

    @Test
    @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
    @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
    void aDuplicateWhileTheFirstIsStillRunningIsAConflict() throws Exception {
      String key = UUID.randomUUID().toString();
      String body = panel("In flight " + key);
      new SqlProbe(dataSource)
          .update(
              "insert into idempotency_keys (caller, idempotency_key, method, path, request_hash,"
                  + " created_at, expires_at) values (?, ?, 'POST', '/panels', ?, now(), now() +"
                  + " interval '1 day')",
              "coordinator-mechelen",
              key,
              HexFormat.of()
                  .formatHex(
                      MessageDigest.getInstance("SHA-256")
                          .digest(body.getBytes(StandardCharsets.UTF_8))));
      long before = db.panelsIn("mechelen");

      create(key, body)
          .statusCode(409)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:cohesion:problem:idempotency-key-in-flight"));
      assertEquals(before, db.panelsIn("mechelen"));
    }

    @Test
    @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
    @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
    void aRefusedCreateLeavesTheKeyFreeForTheCorrectedRequest() {
      String key = UUID.randomUUID().toString();
      create(key, "{\"city\":\"mechelen\",\"name\":\" \"}").statusCode(400);
      String id = create(key, panel("Corrected " + key)).statusCode(201).extract().path("id");
      assertNotEquals(null, id);
    }

    @Test
    @TestSecurity(user = "coordinator-mechelen", roles = "city-coordinator")
    @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
    void aMalformedKeyIsRefused() {
      create("has spaces in it", panel("Bad key"))
          .statusCode(400)
          .contentType("application/problem+json");
    }

    private ValidatableResponse create(String key, String body) {
      return given()
          .contentType(ContentType.JSON)
          .header("Idempotency-Key", key)
          .body(body)
          .post("/panels")
          .then();
    }

    private String panel(String name) {
      return "{\"city\":\"mechelen\",\"name\":\"" + name + "\"}";
    }
  }

  @Test
  void theOpenApiDocumentDeclaresTheContractsParts() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("servers[0].url", not(emptyOrNullString()))
        .body("info.license.identifier", equalTo("EUPL-1.2"))
        .body("components.securitySchemes.oauth2.type", equalTo("oauth2"))
        .body(
            "components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl",
            containsString("/protocol/openid-connect/token"))
        .body(
            "components.securitySchemes.oauth2.flows.authorizationCode.authorizationUrl",
            containsString("/protocol/openid-connect/auth"))
        .body("components.securitySchemes", not(org.hamcrest.Matchers.hasKey("bearer")))
        .body(
            "paths.'/panels'.post.parameters.'$ref'",
            hasItem("#/components/parameters/IdempotencyKey"))
        .body("components.parameters.IdempotencyKey.in", equalTo("header"));
  }
}
