package eu.cohesion.practice.domain.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.kit.security.Role;
import eu.cohesion.practice.domain.PracticeReading;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RecommendationTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private static final UUID PUBLISHED = UUID.randomUUID();
  private static final UUID DRAFT = UUID.randomUUID();
  private static final Function<UUID, Optional<PublicationStatus>> FINDINGS =
      id ->
          Optional.ofNullable(
              Map.of(PUBLISHED, PublicationStatus.PUBLISHED, DRAFT, PublicationStatus.DRAFT)
                  .get(id));

  private static RecommendationContent content(List<UUID> findings, List<String> actions) {
    return new RecommendationContent(
        "en",
        Audience.NATIONAL_POLICY_MAKERS,
        "Fund mentoring",
        "Mentoring worked in two towns",
        actions,
        findings);
  }

  @Test
  void publishedOnlyWhenBackedByPublishedFindings() {
    Recommendation none = Recommendation.draft(content(List.of(), List.of("Fund it")), null, NOW);
    FindingBacking.Unbacked refused =
        assertThrows(FindingBacking.Unbacked.class, () -> none.publish(FINDINGS, NOW));
    assertEquals(422, refused.status());
    assertEquals("findingIds", refused.extensions().get("field"));
    assertEquals(PublicationStatus.DRAFT, none.status());

    UUID unknown = UUID.randomUUID();
    Recommendation mixed =
        Recommendation.draft(content(List.of(PUBLISHED, DRAFT, unknown), List.of()), null, NOW);
    refused = assertThrows(FindingBacking.Unbacked.class, () -> mixed.publish(FINDINGS, NOW));
    assertEquals(List.of(unknown.toString()), refused.extensions().get("unknownFindings"));
    assertEquals(List.of(DRAFT.toString()), refused.extensions().get("unpublishedFindings"));

    Recommendation backed =
        Recommendation.draft(
            content(List.of(PUBLISHED, PUBLISHED), List.of("a", " ", "b")), null, NOW);
    assertEquals(List.of(PUBLISHED), backed.findingIds());
    assertEquals(List.of("a", "b"), backed.actions(), "blank actions are dropped");
    backed.publish(FINDINGS, NOW);
    assertEquals(PublicationStatus.PUBLISHED, backed.status());
    assertThrows(
        FindingBacking.Unbacked.class,
        () -> backed.revise(content(List.of(DRAFT), List.of()), FINDINGS, NOW));
    assertEquals(List.of(PUBLISHED), backed.findingIds());
  }

  @Test
  void onlyPublishedRecommendationsAreEndorsed() {
    Recommendation draft =
        Recommendation.draft(content(List.of(PUBLISHED), List.of()), "tartu", NOW);
    assertThrows(PublicationRuleException.class, () -> draft.endorseFor("tartu", NOW));
    draft.publish(FINDINGS, NOW);
    RecommendationEndorsement endorsement = draft.endorseFor("celje", NOW);
    assertEquals("celje", endorsement.cityCode());
    assertEquals(draft.id(), endorsement.recommendationId());
    draft.withdraw("Superseded", NOW);
    assertThrows(PublicationRuleException.class, () -> draft.endorseFor("celje", NOW));
  }

  @Test
  void actionsAreTranslatedAllOrNone() {
    Recommendation r = Recommendation.draft(content(List.of(), List.of("one", "two")), null, NOW);
    assertThrows(
        PublicationRuleException.class,
        () ->
            r.translate(
                "fr",
                new RecommendationText(null, null, List.of("un")),
                Role.NETWORK_ADMIN,
                null,
                NOW));
    r.translate(
        "fr",
        new RecommendationText("Financer", null, List.of("un", "deux")),
        Role.NETWORK_ADMIN,
        null,
        NOW);
    assertEquals(List.of("un", "deux"), r.actionsFor("fr"));
    assertEquals(PracticeReading.Source.TRANSLATED, r.actionsSource("fr"));
    assertEquals(List.of("one", "two"), r.actionsFor("de"));
    assertEquals(PracticeReading.Source.FALLBACK, r.actionsSource("de"));
    assertEquals("Financer", r.reading("fr").get(0).text());
    assertEquals(PracticeReading.Source.FALLBACK, r.reading("fr").get(1).source());

    r.revise(content(List.of(), List.of("one", "two", "three")), FINDINGS, NOW);
    assertEquals(
        List.of("one", "two", "three"), r.actionsFor("fr"), "outdated translated actions go");
    assertTrue(r.translation("fr").isPresent(), "the translated title stays");
  }
}
