package eu.cohesion.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventCatalogueTest {

  private final EventCatalogue catalogue = EventCatalogue.load();

  private static final String PANEL_CREATED =
      """
      {"specversion":"1.0","id":"5b1f7a56-1d1c-4a8e-9a43-4b7f5c7b2a10","source":"/panel-service",
       "type":"eu.cohesion.panel.created","subject":"0b7a4f0e-4f53-4f0c-b2b6-3c1f0d5e2a11",
       "time":"2026-11-26T10:00:00Z","datacontenttype":"application/json",
       "data":{"panelId":"0b7a4f0e-4f53-4f0c-b2b6-3c1f0d5e2a11","city":"mechelen","name":"LPS"}}
      """;

  @Test
  void declaresTheTypesOfEachTopic() {
    assertEquals(
        List.of(
            "eu.cohesion.panel.created",
            "eu.cohesion.panel.member-joined",
            "eu.cohesion.panel.changed",
            "eu.cohesion.panel.status-changed",
            "eu.cohesion.panel.member-changed",
            "eu.cohesion.panel.member-left",
            "eu.cohesion.panel.session-held",
            "eu.cohesion.person.erased",
            "eu.cohesion.panel.balance-changed",
            "eu.cohesion.city.changed",
            "eu.cohesion.panel.draw-completed",
            "eu.cohesion.panel.draw-confirmed"),
        catalogue.typesOn("panel-events"));
    assertEquals(
        List.of(
            "eu.cohesion.initiative.created",
            "eu.cohesion.initiative.status-changed",
            "eu.cohesion.initiative.concluded",
            "eu.cohesion.indicator.measured",
            "eu.cohesion.survey.opened",
            "eu.cohesion.survey.closed",
            "eu.cohesion.review-round.opened",
            "eu.cohesion.review-round.closed",
            "eu.cohesion.review-round.quorum-at-risk",
            "eu.cohesion.initiative.review-due",
            "eu.cohesion.initiative.changed",
            "eu.cohesion.initiative.deleted"),
        catalogue.typesOn("initiative-events"));
    assertEquals(
        List.of(
            "eu.cohesion.practice.drafted",
            "eu.cohesion.practice.published",
            "eu.cohesion.practice.submitted",
            "eu.cohesion.practice.returned",
            "eu.cohesion.practice.unpublished",
            "eu.cohesion.practice.revised",
            "eu.cohesion.transfer.changed",
            "eu.cohesion.question.asked",
            "eu.cohesion.question.answered",
            "eu.cohesion.post.hidden",
            "eu.cohesion.post.restored",
            "eu.cohesion.practice.followers-notified",
            "eu.cohesion.finding.published",
            "eu.cohesion.finding.revised",
            "eu.cohesion.finding.withdrawn",
            "eu.cohesion.recommendation.published",
            "eu.cohesion.recommendation.withdrawn",
            "eu.cohesion.recommendation.endorsed"),
        catalogue.typesOn("practice-events"));
  }

  @Test
  void aConformingEventHasNoViolations() {
    assertEquals(List.of(), catalogue.violations("panel-events", PANEL_CREATED));
  }

  @Test
  void aMemberJoinedEventCarriesNoPersonalData() {
    String joined =
        """
        {"specversion":"1.0","id":"6c2f7a56-1d1c-4a8e-9a43-4b7f5c7b2a10","source":"/panel-service",
         "type":"eu.cohesion.panel.member-joined","subject":"0b7a4f0e-4f53-4f0c-b2b6-3c1f0d5e2a11",
         "time":"2026-11-26T10:00:00Z","datacontenttype":"application/json",
         "data":{"panelId":"0b7a4f0e-4f53-4f0c-b2b6-3c1f0d5e2a11",
                 "memberId":"1c8b5f1e-5f64-4f1d-b3c7-4d2f1e6f3b22","city":"mechelen",
                 "keycloakUserId":null,"stakeholderCategory":"EXPERT","role":"MEMBER"}}
        """;
    assertEquals(List.of(), catalogue.violations("panel-events", joined));
    List<String> violations =
        catalogue.violations(
            "panel-events",
            joined
                .replace("\"EXPERT\"", "\"ASTRONAUT\"")
                .replace("\"city\":\"mechelen\"", "\"city\":\"mechelen\",\"displayName\":\"Ann\""));
    assertTrue(
        violations.contains("$.data.displayName: not declared in the catalogue"),
        violations::toString);
    assertTrue(
        violations.stream().anyMatch(v -> v.startsWith("$.data.stakeholderCategory:")),
        violations::toString);
  }

  @Test
  void arrayItemsAndMinimaAreChecked() {
    String erased =
        """
        {"specversion":"1.0","id":"7d2f7a56-1d1c-4a8e-9a43-4b7f5c7b2a10","source":"/panel-service",
         "type":"eu.cohesion.person.erased","subject":"0b7a4f0e-4f53-4f0c-b2b6-3c1f0d5e2a11",
         "time":"2026-11-26T10:00:00Z","datacontenttype":"application/json",
         "data":{"panelId":"0b7a4f0e-4f53-4f0c-b2b6-3c1f0d5e2a11","keycloakUserId":null,
                 "memberIds":["1c8b5f1e-5f64-4f1d-b3c7-4d2f1e6f3b22"],
                 "erasedAt":"2026-11-26T10:00:00Z"}}
        """;
    assertEquals(List.of(), catalogue.violations("panel-events", erased));
    List<String> violations =
        catalogue.violations(
            "panel-events", erased.replace("\"1c8b5f1e-5f64-4f1d-b3c7-4d2f1e6f3b22\"", "\"Ann\""));
    assertTrue(
        violations.contains("$.data.memberIds[0]: 'Ann' is not a uuid"), violations::toString);
    assertTrue(
        catalogue
            .violations(
                "panel-events", erased.replace("[\"1c8b5f1e-5f64-4f1d-b3c7-4d2f1e6f3b22\"]", "[]"))
            .contains("$.data.memberIds: fewer than 1 items"));
  }

  @Test
  void reportsEachDeparture() {
    String wrong =
        PANEL_CREATED
            .replace("\"city\":\"mechelen\"", "\"city\":\"Mechelen\",\"memberName\":\"X\"")
            .replace("\"time\":\"2026-11-26T10:00:00Z\"", "\"time\":\"yesterday\"")
            .replace("\"name\":\"LPS\"", "\"title\":\"LPS\"");
    List<String> violations = catalogue.violations("panel-events", wrong);
    assertTrue(violations.contains("$.time: 'yesterday' is not a date-time"), violations::toString);
    assertTrue(violations.contains("$.data.name: missing"), violations::toString);
    assertTrue(
        violations.contains("$.data.memberName: not declared in the catalogue"),
        violations::toString);
    assertTrue(
        violations.stream().anyMatch(v -> v.startsWith("$.data.city:")), violations::toString);
  }

  @Test
  void arrayItemsAndNumberRangesAreChecked() {
    String balance =
        """
        {"specversion":"1.0","id":"7d3f7a56-1d1c-4a8e-9a43-4b7f5c7b2a10","source":"/panel-service",
         "type":"eu.cohesion.panel.balance-changed","subject":"0b7a4f0e-4f53-4f0c-b2b6-3c1f0d5e2a11",
         "time":"2026-11-26T10:00:00Z","datacontenttype":"application/json",
         "data":{"panelId":"0b7a4f0e-4f53-4f0c-b2b6-3c1f0d5e2a11","city":"mechelen","score":85,
                 "previousScore":null,"rulesVersion":1,
                 "gaps":[{"kind":"GROUP_WITHOUT_VOICE","pillar":null,"group":"EXPAT"}]}}
        """;
    assertEquals(List.of(), catalogue.violations("panel-events", balance));
    List<String> violations =
        catalogue.violations(
            "panel-events",
            balance
                .replace("\"score\":85", "\"score\":101")
                .replace("\"group\":\"EXPAT\"", "\"group\":\"EXPAT\",\"count\":1"));
    assertTrue(
        violations.contains("$.data.score: 101 is above the maximum 100"), violations::toString);
    assertTrue(
        violations.contains("$.data.gaps[0].count: not declared in the catalogue"),
        violations::toString);
  }

  @Test
  void anUndeclaredTypeOrTopicIsAViolation() {
    assertEquals(
        List.of("type 'eu.cohesion.panel.created' is not declared on topic practice-events"),
        catalogue.violations("practice-events", PANEL_CREATED));
  }
}
