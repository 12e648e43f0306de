package eu.cohesion.initiative.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import eu.cohesion.initiative.Callers;
import eu.cohesion.initiative.TestDatabase;
import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativeStatus;
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
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GET /initiatives and GET /initiatives/{id}: who reads which town's initiatives, filters, paging
 * and sorting. Tartu and Panevėžys are reserved for this class, so their lists are known.
 */
@QuarkusTest
class InitiativeQueriesTest {

  private static final String TOWN = "tartu";
  private static final String OTHER_TOWN = "panevezys";

  /** Tartu's five initiatives by title, created in the order B, D, A, E, C. */
  private static final Map<String, UUID> TARTU = new LinkedHashMap<>();

  private static UUID firstPanel;
  private static UUID otherTownsInitiative;

  @Inject TestDatabase db;
  @Inject InitiativeCreation creation;
  @Inject InitiativeStatusChanges statusChanges;

  /** Panel one has B, D and A; panel two E and C. A is then proposed, E withdrawn. */
  @BeforeEach
  void tartuAndPanevezysInitiatives() {
    if (!TARTU.isEmpty()) {
      return;
    }
    firstPanel = db.knownPanel(TOWN);
    UUID secondPanel = db.knownPanel(TOWN);
    for (String title : new String[] {"B", "D", "A", "E", "C"}) {
      UUID panel = title.equals("E") || title.equals("C") ? secondPanel : firstPanel;
      Initiative initiative =
          creation.create(
              Callers.coordinatorOf(TOWN), new NewInitiative(panel, title, "About " + title));
      TARTU.put(title, initiative.id());
    }
    statusChanges.change(
        Callers.NETWORK_ADMIN,
        TARTU.get("A"),
        new StatusChange(0L, InitiativeStatus.PROPOSED, "ready", null));
    statusChanges.change(
        Callers.NETWORK_ADMIN,
        TARTU.get("E"),
        new StatusChange(0L, InitiativeStatus.WITHDRAWN, "no longer needed", null));
    otherTownsInitiative =
        creation
            .create(
                Callers.NETWORK_ADMIN,
                new NewInitiative(db.knownPanel(OTHER_TOWN), "Elsewhere", null))
            .id();
  }

  @Test
  @TestSecurity(user = "member-tartu", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aMemberReadsAnInitiativeOfItsTownWithItsHistory() {
    get("/initiatives/" + TARTU.get("A"))
        .statusCode(200)
        .contentType(ContentType.JSON)
        .header("ETag", equalTo("\"1\""))
        .body("id", equalTo(TARTU.get("A").toString()))
        .body("panelId", equalTo(firstPanel.toString()))
        .body("city", equalTo(TOWN))
        .body("title", equalTo("A"))
        .body("summary", equalTo("About A"))
        .body("status", equalTo("PROPOSED"))
        .body("version", equalTo(1))
        .body("allowedTransitions", contains("APPROVED", "WITHDRAWN"))
        .body("history.to", contains("DRAFT", "PROPOSED"))
        .body("history.by", contains("coordinator-tartu", "network-admin"))
        .body("history.reason", contains("created", "ready"));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorReadsAnInitiativeOfItsTown() {
    get("/initiatives/" + TARTU.get("E"))
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("allowedTransitions", empty());
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aNetworkAdminReadsAnyTownsInitiative() {
    get("/initiatives/" + otherTownsInitiative).statusCode(200).body("city", equalTo(OTHER_TOWN));
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void anIntegrationClientReadsAnyTownsInitiative() {
    get("/initiatives/" + otherTownsInitiative).statusCode(200);
    get("/initiatives/" + TARTU.get("B")).statusCode(200);
  }

  @Test
  @TestSecurity(user = "member-tartu", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aMemberMayNotReadAnotherTownsInitiative() {
    get("/initiatives/" + otherTownsInitiative)
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", equalTo("you may not see initiatives of town panevezys"));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorMayNotReadAnotherTownsInitiative() {
    get("/initiatives/" + otherTownsInitiative).statusCode(403);
  }

  @Test
  @TestSecurity(user = "someone", roles = "offline_access")
  void aCallerWithoutACohesionRoleMayNotRead() {
    get("/initiatives/" + TARTU.get("B")).statusCode(403).contentType("application/problem+json");
    get("/initiatives").statusCode(403);
  }

  @Test
  void anonymousCallersMustAuthenticate() {
    get("/initiatives/" + TARTU.get("B"))
        .statusCode(401)
        .header("WWW-Authenticate", equalTo("Bearer"))
        .contentType("application/problem+json");
    get("/initiatives?city=" + TOWN).statusCode(401).contentType("application/problem+json");
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void anUnknownInitiativeIsNotFound() {
    UUID unknown = UUID.randomUUID();
    get("/initiatives/" + unknown)
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("initiative " + unknown + " does not exist"));
    get("/initiatives/not-a-uuid").statusCode(404).contentType("application/problem+json");
  }

  @Test
  @TestSecurity(user = "member-tartu", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aMemberListsItsOwnTownNewestFirstByDefault() {
    get("/initiatives")
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("items.title", contains("C", "E", "A", "D", "B"))
        .body("items.city", everyItem(equalTo(TOWN)))
        .body("items[0]", not(hasKey("history")))
        .body("items[0].summary", equalTo("About C"))
        .body("items[0].status", equalTo("DRAFT"))
        .body("items[0].version", equalTo(0))
        .body("page", equalTo(0))
        .body("size", equalTo(20))
        .body("totalItems", equalTo(5))
        .body("totalPages", equalTo(1));
    get("/initiatives?city=" + TOWN).statusCode(200).body("totalItems", equalTo(5));
  }

  @Test
  @TestSecurity(user = "member-tartu", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aMemberMayNotListAnotherTown() {
    get("/initiatives?city=" + OTHER_TOWN)
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", equalTo("you may not list initiatives of town panevezys"));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorListsItsOwnTownButNoOther() {
    get("/initiatives").statusCode(200).body("totalItems", equalTo(5));
    get("/initiatives?city=" + OTHER_TOWN).statusCode(403);
  }

  @Test
  @TestSecurity(user = "coordinator-nowhere", roles = "city-coordinator")
  void aCoordinatorWithoutATownListsNothing() {
    get("/initiatives")
        .statusCode(403)
        .body("detail", equalTo("you may not list initiatives: your token names no town"));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aNetworkAdminListsEveryTownOrOne() {
    get("/initiatives?size=100")
        .statusCode(200)
        .body("totalItems", greaterThanOrEqualTo(6))
        .body("items.city", hasItems(TOWN, OTHER_TOWN));
    get("/initiatives?city=" + OTHER_TOWN)
        .statusCode(200)
        .body("items.id", contains(otherTownsInitiative.toString()));
  }

  @Test
  @TestSecurity(user = "service-account-partner", roles = "integration-reader")
  void anIntegrationClientListsEveryTownOrOne() {
    get("/initiatives?size=100").statusCode(200).body("items.city", hasItems(TOWN, OTHER_TOWN));
    get("/initiatives?city=" + TOWN).statusCode(200).body("totalItems", equalTo(5));
  }

  @Test
  @TestSecurity(user = "member-tartu", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void listsFilterByPanelAndStatus() {
    get("/initiatives?panelId=" + firstPanel + "&sort=title")
        .statusCode(200)
        .body("items.title", contains("A", "B", "D"));
    get("/initiatives?status=DRAFT&sort=title")
        .statusCode(200)
        .body("items.title", contains("B", "C", "D"));
    get("/initiatives?status=PROPOSED&panelId=" + firstPanel)
        .statusCode(200)
        .body("items.title", contains("A"));
    get("/initiatives?status=CONCLUDED").statusCode(200).body("items", empty());
  }

  @ParameterizedTest
  @EnumSource(InitiativeStatus.class)
  @TestSecurity(user = "member-tartu", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void everyStatusIsAFilter(InitiativeStatus status) {
    get("/initiatives?status=" + status)
        .statusCode(200)
        .body("items.status", everyItem(equalTo(status.name())));
  }

  @ParameterizedTest(name = "sort={0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          title          | A,B,C,D,E
          title,asc      | A,B,C,D,E
          title,desc     | E,D,C,B,A
          createdAt      | B,D,A,E,C
          createdAt,desc | C,E,A,D,B
          updatedAt,desc | E,A,C,D,B
          """)
  @TestSecurity(user = "member-tartu", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void listsSortByTitleCreationOrLastChange(String sort, String titles) {
    get("/initiatives?sort=" + sort)
        .statusCode(200)
        .body("items.title", contains(titles.split(",")));
  }

  @Test
  @TestSecurity(user = "member-tartu", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void listsArePaged() {
    get("/initiatives?sort=title&size=2&page=1")
        .statusCode(200)
        .body("items.title", contains("C", "D"))
        .body("page", equalTo(1))
        .body("size", equalTo(2))
        .body("totalItems", equalTo(5))
        .body("totalPages", equalTo(3));
    get("/initiatives?sort=title&size=2&page=3")
        .statusCode(200)
        .body("items", empty())
        .body("totalItems", equalTo(5));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          size=0           | size
          size=101         | size
          page=-1          | page
          page=x           | page
          sort=name        | sort
          sort=title,up    | sort
          status=DONE      | status
          panelId=xyz      | panelId
          city=Tartu       | city
          """)
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void invalidParametersAreNamed(String query, String field) {
    get("/initiatives?" + query)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:validation"))
        .body("violations.field", contains(field))
        .body("violations", hasSize(1));
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aCoordinatorIsOfferedWhatTheTableAndTheLifecycleAllow() {
    get("/initiatives?sort=title")
        .statusCode(200)
        .body("allowedActions", contains("CREATE_INITIATIVE"))
        .body(
            "items.find { it.title == 'A' }.allowedActions",
            contains("CHANGE_STATUS", "EDIT_INITIATIVE"))
        // Withdrawn is final: no step left to take.
        .body("items.find { it.title == 'E' }.allowedActions", empty())
        .header("Link", containsString("rel=\"first\""));
    get("/initiatives/" + TARTU.get("A"))
        .statusCode(200)
        .body("allowedActions", contains("CHANGE_STATUS", "EDIT_INITIATIVE"));
  }

  @Test
  @TestSecurity(user = "member-tartu", roles = "panel-member")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aMemberReadsButIsOfferedNoChange() {
    get("/initiatives").statusCode(200).body("allowedActions", empty());
    get("/initiatives/" + TARTU.get("A")).statusCode(200).body("allowedActions", empty());
  }

  @Test
  @TestSecurity(user = "coordinator-tartu", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void updatedSinceKeepsOnlyWhatChangedSince() {
    get("/initiatives?updatedSince=2000-01-01T00:00:00Z")
        .statusCode(200)
        .body("totalItems", equalTo(5));
    get("/initiatives?updatedSince=2999-01-01T00:00:00Z").statusCode(200).body("items", empty());
  }

  private static ValidatableResponse get(String path) {
    return given().when().get(path).then();
  }
}
