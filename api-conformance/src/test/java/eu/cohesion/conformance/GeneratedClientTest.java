package eu.cohesion.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.client.initiative.api.InitiativesApi;
import eu.cohesion.client.initiative.model.CreateInitiative;
import eu.cohesion.client.initiative.model.InitiativeDetail;
import eu.cohesion.client.initiative.model.InitiativeStatus;
import eu.cohesion.client.initiative.model.TransitionRequest;
import eu.cohesion.client.panel.ApiException;
import eu.cohesion.client.panel.api.CitiesApi;
import eu.cohesion.client.panel.api.PanelsApi;
import eu.cohesion.client.panel.model.CreatePanel;
import eu.cohesion.client.panel.model.PanelSummary;
import eu.cohesion.client.panel.model.PanelSummaryPage;
import eu.cohesion.client.panel.model.Problem;
import eu.cohesion.client.practice.api.GoodPracticesApi;
import eu.cohesion.client.practice.model.PracticeSummaryPage;
import eu.cohesion.conformance.RunningPlatform.Platform;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Java clients that openapi-generator makes from the services' documents, driven against the
 * running services as an integrator would: read a page, read one item with its ETag, get a typed
 * problem back, and write with a real coordinator token from Keycloak.
 */
@ExtendWith(RunningPlatform.class)
class GeneratedClientTest {

  private static final String COORDINATOR = "coordinator-mechelen";

  @Test
  void aCoordinatorCreatesAPanelIdempotentlyAndReadsItBackInAPage(Platform platform)
      throws Exception {
    PanelsApi panels =
        new PanelsApi(panelClient(platform, platform.accessToken(COORDINATOR, "demo")));
    CreatePanel request =
        new CreatePanel().city("mechelen").name("Generated client " + UUID.randomUUID());
    String key = UUID.randomUUID().toString();

    PanelSummary created = panels.createPanel(request, key);
    PanelSummary retried = panels.createPanel(request, key);

    assertEquals(created.getId(), retried.getId(), "a retry with the same key creates nothing new");
    PanelSummaryPage page = panels.listPanels("mechelen", 0, 100, null, null);
    assertTrue(
        page.getItems().stream().filter(p -> p.getId().equals(created.getId())).count() == 1,
        "the new panel is listed once");
    assertEquals(0, page.getPage());
  }

  @Test
  void anUnknownTownIsATypedProblem(Platform platform) throws Exception {
    eu.cohesion.client.panel.ApiClient client = panelClient(platform, null);
    ApiException refused =
        assertThrows(ApiException.class, () -> new CitiesApi(client).getCity("atlantis"));

    assertEquals(404, refused.getCode());
    assertTrue(
        refused
            .getResponseHeaders()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
    assertEquals(404, problem.getStatus());
    assertEquals("urn:cohesion:problem:not-found", problem.getType());
  }

  @Test
  void aPublicPageOfPracticesIsReadWithoutAToken(Platform platform) throws Exception {
    eu.cohesion.client.practice.ApiClient client = new eu.cohesion.client.practice.ApiClient();
    client.updateBaseUri(platform.baseUrl("practice-exchange-service").toString());

    PracticeSummaryPage page =
        new GoodPracticesApi(client).listPractices(null, 0, 20, null, null, null);

    assertNotNull(page.getItems());
    assertEquals(0, page.getPage());
  }

  @Test
  void anInitiativeIsReadWithItsEtagAndChangedWithIfMatch(Platform platform) throws Exception {
    String token = platform.accessToken(COORDINATOR, "demo");
    PanelSummary panel =
        new PanelsApi(panelClient(platform, token))
            .createPanel(
                new CreatePanel().city("mechelen").name("Initiative host " + UUID.randomUUID()),
                null);
    eu.cohesion.client.initiative.ApiClient client = new eu.cohesion.client.initiative.ApiClient();
    client.updateBaseUri(platform.baseUrl("initiative-service").toString());
    client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    InitiativesApi initiatives = new InitiativesApi(client);

    // The initiative service learns of the panel from panel-events: wait until it has.
    InitiativeDetail created =
        eventually(
            () ->
                initiatives.createInitiative(
                    new CreateInitiative()
                        .panelId(panel.getId())
                        .title("Language café")
                        .summary("Weekly"),
                    null));
    var read = initiatives.getInitiativeWithHttpInfo(created.getId());
    String etag = header(read.getHeaders(), "ETag");

    assertEquals(200, read.getStatusCode());
    assertTrue(etag.matches("\"\\d+\""), "a strong, quoted ETag: " + etag);
    eu.cohesion.client.initiative.ApiException notModified =
        assertThrows(
            eu.cohesion.client.initiative.ApiException.class,
            () -> initiatives.getInitiative(created.getId(), Map.of("If-None-Match", etag)));
    assertEquals(304, notModified.getCode());

    InitiativeDetail proposed =
        initiatives.changeInitiativeStatus(
            created.getId(),
            etag,
            new TransitionRequest().to(InitiativeStatus.PROPOSED).reason("Ready"));
    assertEquals(InitiativeStatus.PROPOSED, proposed.getStatus());
  }

  private static eu.cohesion.client.panel.ApiClient panelClient(Platform platform, String token) {
    eu.cohesion.client.panel.ApiClient client = new eu.cohesion.client.panel.ApiClient();
    URI base = platform.baseUrl("panel-service");
    client.updateBaseUri(base.toString());
    if (token != null) {
      client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    }
    return client;
  }

  private static String header(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(e -> e.getValue().get(0))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " header"));
  }

  private interface Call<T> {
    T call() throws Exception;
  }

  private static <T> T eventually(Call<T> call) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      try {
        return call.call();
      } catch (Exception e) {
        if (Instant.now().isAfter(deadline)) {
          throw e;
        }
        Thread.sleep(500);
      }
    }
  }
}
