package eu.cohesion.initiative.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.initiative.Callers;
import eu.cohesion.initiative.TestDatabase;
import eu.cohesion.initiative.TestDatabase.InitiativeState;
import eu.cohesion.initiative.domain.Conclusion;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.domain.Outcome;
import eu.cohesion.initiative.service.InitiativeCreation;
import eu.cohesion.initiative.service.InitiativeStatusChanges;
import eu.cohesion.initiative.service.NewInitiative;
import eu.cohesion.initiative.service.StatusChange;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * POST /initiatives/{id}/transitions: the lifecycle over HTTP, optimistic locking with If-Match,
 * who may move which initiative, and that every refusal leaves status, version, history and outbox
 * as they were. Esbjerg's initiatives are the subjects.
 */
@QuarkusTest
class InitiativeTransitionsTest {

  private static final String TOWN = "esbjerg";

  @Inject TestDatabase db;
  @Inject InitiativeCreation creation;
  @Inject InitiativeStatusChanges statusChanges;

  @Test
  @TestSecurity(user = "coordinator-esbjerg", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorProposesADraftOfItsTown() {
    UUID id = initiativeIn(InitiativeStatus.DRAFT);

    step(id, "\"0\"", Map.of("to", "PROPOSED", "reason", "  ready for the panel "))
        .statusCode(200)
        .contentType(ContentType.JSON)
        .header("ETag", equalTo("\"1\""))
        .body("id", equalTo(id.toString()))
        .body("status", equalTo("PROPOSED"))
        .body("version", equalTo(1))
        .body("allowedTransitions", contains("APPROVED", "WITHDRAWN"))
        .body("history", hasSize(2))
        .body("history[0].to", equalTo("DRAFT"))
        .body("history[1].from", equalTo("DRAFT"))
        .body("history[1].to", equalTo("PROPOSED"))
        .body("history[1].by", equalTo("coordinator-esbjerg"))
        .body("history[1].reason", equalTo("ready for the panel"))
        .body("history[1].at", notNullValue());

    // created + status-changed
    assertEquals(new InitiativeState("PROPOSED", 1, 2, 2), db.initiativeState(id));
    given()
        .when()
        .get("/initiatives/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("status", equalTo("PROPOSED"))
        .body("history", hasSize(2));
  }

  @Test
  @TestSecurity(user = "coordinator-esbjerg", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void anUnquotedVersionIsNoEntityTagAndIsRefused() {
    UUID id = initiativeIn(InitiativeStatus.PROPOSED);
    refusedWithoutChange(
        id,
        () ->
            step(id, "1", Map.of("to", "APPROVED", "reason", "the panel agreed"))
                .statusCode(400)
                .body("violations.field", contains("ifMatch")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aNetworkAdminMovesInitiativesOfAnyTown() {
    UUID id = initiativeIn(InitiativeStatus.DRAFT);
    step(id, "\"0\"", Map.of("to", "PROPOSED", "reason", "on behalf of the town"))
        .statusCode(200)
        .body("history[1].by", equalTo("network-admin"));
  }

  @Test
  @TestSecurity(user = "coordinator-esbjerg", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void concludingKeepsOutcomeAndConclusionAndEndsTheLifecycle() {
    UUID id = initiativeIn(InitiativeStatus.UNDER_REVIEW);
    long outboxBefore = db.outboxRowsFor(id);

    step(
            id,
            "\"4\"",
            Map.of(
                "to", "CONCLUDED",
                "reason", "review finished",
                "outcome", "ADAPTED",
                "conclusion", "Works with volunteers; needs a paid coordinator."))
        .statusCode(200)
        .header("ETag", equalTo("\"5\""))
        .body("status", equalTo("CONCLUDED"))
        .body("outcome", equalTo("ADAPTED"))
        .body("conclusion", equalTo("Works with volunteers; needs a paid coordinator."))
        .body("allowedTransitions", empty())
        .body("history", hasSize(6))
        .body("history[5].from", equalTo("UNDER_REVIEW"))
        .body("history[5].to", equalTo("CONCLUDED"));

    // status-changed and concluded
    assertEquals(outboxBefore + 2, db.outboxRowsFor(id));
  }

  @ParameterizedTest
  @EnumSource(
      value = InitiativeStatus.class,
      names = {"DRAFT", "PROPOSED", "APPROVED", "PILOTING", "UNDER_REVIEW"})
  @TestSecurity(user = "coordinator-esbjerg", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void anOpenInitiativeCanBeWithdrawn(InitiativeStatus open) {
    UUID id = initiativeIn(open);
    long version = db.initiativeState(id).version();
    step(id, "\"" + version + "\"", Map.of("to", "WITHDRAWN", "reason", "no volunteers left"))
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("outcome", equalTo(null))
        .body("allowedTransitions", empty());
  }

  @Test
  @TestSecurity(user = "coordinator-esbjerg", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void anIllegalStepIsUnprocessableAndNamesTheAllowedOnes() {
    UUID id = initiativeIn(InitiativeStatus.DRAFT);
    refusedWithoutChange(
        id,
        () ->
            step(
                    id,
                    "\"0\"",
                    Map.of(
                        "to", "CONCLUDED",
                        "reason", "skip ahead",
                        "outcome", "ADOPTED",
                        "conclusion", "Great"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:illegal-transition"))
                .body("status", equalTo(422))
                .body(
                    "detail",
                    equalTo("DRAFT → CONCLUDED is not allowed; allowed: PROPOSED, WITHDRAWN")));
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"0\"", Map.of("to", "DRAFT", "reason", "again"))
                .statusCode(422)
                .body(
                    "detail",
                    equalTo("DRAFT → DRAFT is not allowed; allowed: PROPOSED, WITHDRAWN")));
  }

  @Test
  @TestSecurity(user = "coordinator-esbjerg", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aFinalInitiativeAllowsNoStep() {
    UUID id = initiativeIn(InitiativeStatus.WITHDRAWN);
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"1\"", Map.of("to", "PROPOSED", "reason", "revive it"))
                .statusCode(422)
                .body(
                    "detail",
                    equalTo(
                        "WITHDRAWN → PROPOSED is not allowed; allowed: none, WITHDRAWN is final")));
  }

  @Test
  @TestSecurity(user = "coordinator-esbjerg", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aStepWithoutIfMatchIsRefused() {
    UUID id = initiativeIn(InitiativeStatus.DRAFT);
    refusedWithoutChange(
        id,
        () ->
            step(id, null, Map.of("to", "PROPOSED", "reason", "no version"))
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:precondition-required"))
                .body("status", equalTo(428)));
  }

  @Test
  @TestSecurity(user = "coordinator-esbjerg", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aStepBasedOnAnOlderVersionFailsItsPrecondition() {
    UUID id = initiativeIn(InitiativeStatus.PROPOSED);
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"0\"", Map.of("to", "APPROVED", "reason", "stale"))
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:stale-version"))
                .body(
                    "detail",
                    equalTo(
                        "initiative "
                            + id
                            + " is at version 1, the request was based on version 0: reload and"
                            + " apply the change again")));
    refusedWithoutChange(
        id, () -> step(id, "\"7\"", Map.of("to", "APPROVED", "reason", "future")).statusCode(412));
  }

  /**
   * Whichever request commits first wins; the other is refused, by the version check or the row's.
   */
  @Test
  @TestSecurity(user = "coordinator-esbjerg", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void ofTwoConcurrentStepsOnTheSameVersionOneWins() throws Exception {
    UUID id = initiativeIn(InitiativeStatus.DRAFT);
    ExecutorService callers = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> statuses =
          callers.invokeAll(
              List.of(
                  () ->
                      step(id, "\"0\"", Map.of("to", "PROPOSED", "reason", "first"))
                          .extract()
                          .statusCode(),
                  () ->
                      step(id, "\"0\"", Map.of("to", "WITHDRAWN", "reason", "second"))
                          .extract()
                          .statusCode()));
      List<Integer> codes = new ArrayList<>();
      for (Future<Integer> status : statuses) {
        codes.add(status.get());
      }
      codes.sort(null);
      assertEquals(List.of(200, 412), codes);
    } finally {
      callers.shutdown();
    }
    InitiativeState after = db.initiativeState(id);
    assertEquals(1, after.version());
    assertEquals(2, after.historySteps());
    assertEquals(2, after.outboxRows(), "created and one status change");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "W/\"0\"", "*", "\"0", "-1", "0"})
  @TestSecurity(user = "coordinator-esbjerg", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void anIfMatchThatIsNoVersionIsABadRequest(String ifMatch) {
    UUID id = initiativeIn(InitiativeStatus.DRAFT);
    refusedWithoutChange(
        id,
        () ->
            step(id, ifMatch, Map.of("to", "PROPOSED", "reason", "odd tag"))
                .statusCode(400)
                .body("type", equalTo("urn:cohesion:problem:validation"))
                .body("violations.field", contains("ifMatch")));
  }

  @Test
  @TestSecurity(user = "coordinator-esbjerg", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void outcomeAndConclusionAreOnlyForConcluding() {
    UUID id = initiativeIn(InitiativeStatus.DRAFT);
    refusedWithoutChange(
        id,
        () ->
            step(
                    id,
                    "\"0\"",
                    Map.of(
                        "to", "PROPOSED",
                        "reason", "early",
                        "outcome", "ADOPTED",
                        "conclusion", "premature"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cohesion:problem:validation"))
                .body("violations.field", contains("conclusion", "outcome"))
                .body("violations.message", everyItem(equalTo("is only allowed when concluding"))));
  }

  @Test
  @TestSecurity(user = "coordinator-esbjerg", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void concludingWithoutOutcomeAndConclusionIsNamedPerField() {
    UUID id = initiativeIn(InitiativeStatus.UNDER_REVIEW);
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"4\"", Map.of("to", "CONCLUDED", "reason", "done"))
                .statusCode(400)
                .body("violations.field", contains("conclusion", "outcome"))
                .body("violations.message", everyItem(equalTo("is required when concluding"))));
    refusedWithoutChange(
        id,
        () ->
            step(
                    id,
                    "\"4\"",
                    Map.of(
                        "to",
                        "CONCLUDED",
                        "reason",
                        "done",
                        "outcome",
                        "ADOPTED",
                        "conclusion",
                        " "))
                .statusCode(400)
                .body("violations.field", contains("conclusion")));
  }

  @Test
  @TestSecurity(user = "coordinator-esbjerg", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void missingBlankAndOversizedFieldsAreNamed() {
    UUID id = initiativeIn(InitiativeStatus.UNDER_REVIEW);
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"4\"", Map.of("reason", " "))
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("reason", "to")));
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"4\"", Map.of("to", "WITHDRAWN", "reason", "r".repeat(1001)))
                .statusCode(400)
                .body("violations.field", contains("reason"))
                .body("violations[0].message", equalTo("size must be between 0 and 1000")));
    refusedWithoutChange(
        id,
        () ->
            step(
                    id,
                    "\"4\"",
                    Map.of(
                        "to", "CONCLUDED",
                        "reason", "done",
                        "outcome", "ADOPTED",
                        "conclusion", "c".repeat(4001)))
                .statusCode(400)
                .body("violations.field", contains("conclusion"))
                .body("violations[0].message", equalTo("size must be between 0 and 4000")));
  }

  @Test
  @TestSecurity(user = "coordinator-esbjerg", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void unknownStatesOutcomesAndFieldsAndMalformedJsonAreBadRequests() {
    UUID id = initiativeIn(InitiativeStatus.UNDER_REVIEW);
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"4\"", Map.of("to", "FINISHED", "reason", "r"))
                .statusCode(400)
                .body("violations.field", contains("to")));
    refusedWithoutChange(
        id,
        () ->
            step(
                    id,
                    "\"4\"",
                    Map.of("to", "CONCLUDED", "reason", "r", "outcome", "GREAT", "conclusion", "c"))
                .statusCode(400)
                .body("violations.field", contains("outcome")));
    Map<String, Object> withExtra = new HashMap<>(Map.of("to", "WITHDRAWN", "reason", "r"));
    withExtra.put("by", "someone-else");
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"4\"", withExtra)
                .statusCode(400)
                .body("violations.field", contains("by"))
                .body("violations[0].message", equalTo("is not a known field")));
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"4\"", "{\"to\": \"WITHDRAWN\", ")
                .statusCode(400)
                .body("status", equalTo(400)));
  }

  @Test
  @TestSecurity(user = "member-esbjerg", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aPanelMemberMayNotMoveInitiatives() {
    UUID id = initiativeIn(InitiativeStatus.DRAFT);
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"0\"", Map.of("to", "PROPOSED", "reason", "members want it"))
                .statusCode(403)
                .body("type", equalTo("urn:cohesion:problem:forbidden")));
  }

  @Test
  @TestSecurity(user = "coordinator-celje", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "celje"))
  void aCoordinatorMayNotMoveAnotherTownsInitiatives() {
    UUID id = initiativeIn(InitiativeStatus.DRAFT);
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"0\"", Map.of("to", "WITHDRAWN", "reason", "not ours to keep"))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("you may not change initiatives of town esbjerg")));
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void anIntegrationClientMayNotMoveInitiatives() {
    UUID id = initiativeIn(InitiativeStatus.DRAFT);
    refusedWithoutChange(
        id, () -> step(id, "\"0\"", Map.of("to", "PROPOSED", "reason", "r")).statusCode(403));
  }

  @Test
  void anonymousCallersMustAuthenticate() {
    UUID id = initiativeIn(InitiativeStatus.DRAFT);
    refusedWithoutChange(
        id,
        () ->
            step(id, "\"0\"", Map.of("to", "PROPOSED", "reason", "r"))
                .statusCode(401)
                .body("type", equalTo("urn:cohesion:problem:unauthenticated")));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void anUnknownInitiativeIsNotFound() {
    long outboxBefore = db.outboxRows();
    UUID unknown = UUID.randomUUID();
    step(unknown, "\"0\"", Map.of("to", "PROPOSED", "reason", "r"))
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:not-found"))
        .body("detail", equalTo("initiative " + unknown + " does not exist"));
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("to", "PROPOSED", "reason", "r"))
        .when()
        .post("/initiatives/not-a-uuid/transitions")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    assertEquals(outboxBefore, db.outboxRows());
  }

  /** A new Esbjerg initiative, moved along the lifecycle to the given state by the admin. */
  private UUID initiativeIn(InitiativeStatus target) {
    UUID panel = db.knownPanel(TOWN);
    var initiative =
        creation.create(Callers.coordinatorOf(TOWN), new NewInitiative(panel, "Buddy walks", null));
    long version = initiative.version();
    for (InitiativeStatus to : pathTo(target)) {
      Conclusion conclusion =
          to == InitiativeStatus.CONCLUDED ? new Conclusion(Outcome.ADOPTED, "worked") : null;
      version =
          statusChanges
              .change(
                  Callers.NETWORK_ADMIN,
                  initiative.id(),
                  new StatusChange(version, to, "set-up", conclusion))
              .version();
    }
    return initiative.id();
  }

  private static List<InitiativeStatus> pathTo(InitiativeStatus target) {
    if (target == InitiativeStatus.WITHDRAWN) {
      return List.of(InitiativeStatus.WITHDRAWN);
    }
    List<InitiativeStatus> path = new ArrayList<>();
    for (InitiativeStatus status : InitiativeStatus.values()) {
      if (status != InitiativeStatus.DRAFT && status.compareTo(target) <= 0) {
        path.add(status);
      }
    }
    return path;
  }

  /** Runs a request that must be refused and checks that the initiative is exactly as before. */
  private void refusedWithoutChange(UUID id, Supplier<ValidatableResponse> request) {
    InitiativeState before = db.initiativeState(id);
    request.get().contentType("application/problem+json").body("instance", notNullValue());
    assertEquals(before, db.initiativeState(id), "status, version, history and outbox");
  }

  private static ValidatableResponse step(UUID id, String ifMatch, Object body) {
    RequestSpecification request = given().contentType(ContentType.JSON).body(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.when().post("/initiatives/" + id + "/transitions").then();
  }
}
