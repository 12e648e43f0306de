package eu.cohesion.practice.domain.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.kit.security.Role;
import eu.cohesion.kit.vocabulary.Theme;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticeReading;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommonFindingTest {

  static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  static final Citation TARTU = new Citation(CitationKind.PRACTICE, UUID.randomUUID());
  static final Citation MECHELEN = new Citation(CitationKind.TRANSFER, UUID.randomUUID());
  static final Citation DRAFT = new Citation(CitationKind.PRACTICE, UUID.randomUUID());

  /** Tartu's and Mechelen's evidence is published, a Delft draft is not, the rest unknown. */
  static final EvidenceResolver RESOLVER =
      c -> {
        if (c.equals(TARTU)) {
          return Optional.of(new CitedSource("tartu", true));
        }
        if (c.equals(MECHELEN)) {
          return Optional.of(new CitedSource("mechelen", true));
        }
        if (c.equals(DRAFT)) {
          return Optional.of(new CitedSource("delft", false));
        }
        return Optional.empty();
      };

  static FindingContent content(String statement, List<Citation> evidence) {
    return new FindingContent(
        "en",
        statement,
        "Why we say so",
        List.of(Theme.HOUSING, Theme.EMPLOYMENT, Theme.HOUSING),
        List.of("11.1", "10.2"),
        evidence);
  }

  @Test
  void aDraftNormalisesItsClassificationAndDeduplicatesEvidence() {
    CommonFinding finding =
        CommonFinding.draft(
            content("  Mentors help  ", List.of(TARTU, TARTU, MECHELEN)), null, NOW);
    assertEquals(PublicationStatus.DRAFT, finding.status());
    assertEquals("Mentors help", finding.statement());
    assertEquals(List.of(Theme.EMPLOYMENT, Theme.HOUSING), finding.themes());
    assertEquals(List.of("10.2", "11.1"), finding.sdgTargets());
    assertEquals(List.of(TARTU, MECHELEN), finding.evidence());
    assertNull(finding.cityCode());
    assertEquals(List.of(PublicationStatus.PUBLISHED), finding.allowedTransitions());
    assertEquals(
        List.of(PracticeAction.EDIT_FINDING, PracticeAction.PUBLISH_FINDING),
        finding.possibleActions());
  }

  @Test
  void publishingNeedsTwoTownsAndChangesNothingWhenRefused() {
    CommonFinding finding = CommonFinding.draft(content("One town", List.of(TARTU)), "tartu", NOW);
    assertThrows(
        InsufficientEvidenceException.class,
        () -> finding.publish(RESOLVER, Role.NETWORK_ADMIN, NOW));
    assertEquals(PublicationStatus.DRAFT, finding.status());
    assertTrue(finding.revisions().isEmpty());

    finding.revise(
        content("Two towns", List.of(TARTU, MECHELEN)), RESOLVER, Role.CITY_COORDINATOR, NOW);
    FindingRevision first = finding.publish(RESOLVER, Role.NETWORK_ADMIN, NOW);
    assertEquals(PublicationStatus.PUBLISHED, finding.status());
    assertEquals(NOW, finding.publishedAt());
    assertEquals(1, first.number());
    assertEquals(FindingRevision.Kind.PUBLICATION, first.kind());
    assertEquals(
        List.of(PracticeAction.REVISE_FINDING, PracticeAction.WITHDRAW_FINDING),
        finding.possibleActions());
  }

  @Test
  void anUnpublishedCitationBlocksPublication() {
    CommonFinding finding =
        CommonFinding.draft(content("Three", List.of(TARTU, MECHELEN, DRAFT)), null, NOW);
    InsufficientEvidenceException refused =
        assertThrows(
            InsufficientEvidenceException.class,
            () -> finding.publish(RESOLVER, Role.NETWORK_ADMIN, NOW));
    assertEquals(2, refused.extensions().get("townsCited"));
  }

  @Test
  void editingAPublishedFindingRecordsARevisionAndKeepsTheRule() {
    CommonFinding finding = published();
    assertThrows(
        InsufficientEvidenceException.class,
        () -> finding.revise(content("Weaker", List.of(TARTU)), RESOLVER, Role.NETWORK_ADMIN, NOW));
    assertEquals("Two towns", finding.statement(), "a refused edit changes nothing");

    Optional<FindingRevision> unchanged =
        finding.revise(
            content("Two towns", List.of(TARTU, MECHELEN)), RESOLVER, Role.NETWORK_ADMIN, NOW);
    assertTrue(unchanged.isEmpty(), "an edit that changes nothing is no revision");

    FindingRevision second =
        finding
            .revise(
                content("Two towns, sharper", List.of(MECHELEN, TARTU)),
                RESOLVER,
                Role.NETWORK_ADMIN,
                NOW)
            .orElseThrow();
    assertEquals(2, second.number());
    assertEquals(FindingRevision.Kind.EDIT, second.kind());
    assertEquals("Two towns, sharper", second.text().statement());
    assertEquals(2, finding.revisions().size());
    assertEquals(PublicationStatus.PUBLISHED, finding.status());
  }

  @Test
  void withdrawalNeedsPublicationAndEndsTheLifecycle() {
    CommonFinding draft = CommonFinding.draft(content("Draft", List.of()), null, NOW);
    assertThrows(PublicationRuleException.class, () -> draft.withdraw("why", NOW));

    CommonFinding finding = published();
    finding.withdraw("  The evidence was misread.  ", NOW);
    assertEquals(PublicationStatus.WITHDRAWN, finding.status());
    assertEquals("The evidence was misread.", finding.withdrawReason());
    assertEquals(List.of(), finding.allowedTransitions());
    assertEquals(List.of(), finding.possibleActions());
    assertThrows(
        PublicationRuleException.class,
        () ->
            finding.revise(
                content("Again", List.of(TARTU, MECHELEN)), RESOLVER, Role.NETWORK_ADMIN, NOW));
    assertThrows(
        PublicationRuleException.class, () -> finding.publish(RESOLVER, Role.NETWORK_ADMIN, NOW));
  }

  @Test
  void readsTranslatedFieldsAndMarksTheFallback() {
    CommonFinding finding = CommonFinding.draft(content("Mentors help", List.of()), null, NOW);
    finding.translate(
        "de", new FindingText("Mentoren helfen", null), Role.NETWORK_ADMIN, null, NOW);
    List<PracticeReading.Field> german = finding.reading("de");
    assertEquals("Mentoren helfen", german.get(0).text());
    assertEquals(PracticeReading.Source.TRANSLATED, german.get(0).source());
    assertEquals("Why we say so", german.get(1).text());
    assertEquals(PracticeReading.Source.FALLBACK, german.get(1).source());
    assertEquals("en", german.get(1).language());
    assertEquals(PracticeReading.Source.FALLBACK, finding.reading("fr").get(0).source());
    assertEquals(PracticeReading.Source.ORIGINAL, finding.reading("en").get(0).source());

    assertThrows(
        PublicationRuleException.class,
        () -> finding.translate("en", new FindingText("x", null), Role.NETWORK_ADMIN, null, NOW));
    assertThrows(
        PublicationRuleException.class,
        () -> finding.translate("fr", new FindingText(" ", null), Role.NETWORK_ADMIN, null, NOW));
  }

  @Test
  void unknownSdgTargetsAndLanguagesAreRefused() {
    assertThrows(
        PublicationRuleException.class,
        () -> new FindingContent("en", "S", null, List.of(), List.of("3.1"), List.of()));
    assertThrows(
        PublicationRuleException.class,
        () -> new FindingContent("xx", "S", null, List.of(), List.of(), List.of()));
  }

  private static CommonFinding published() {
    CommonFinding finding =
        CommonFinding.draft(content("Two towns", List.of(TARTU, MECHELEN)), null, NOW);
    finding.publish(RESOLVER, Role.NETWORK_ADMIN, NOW);
    return finding;
  }
}
