package eu.cohesion.practice.domain.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EvidenceCheckTest {

  private final Map<Citation, CitedSource> known = new HashMap<>();

  private Citation cite(CitationKind kind, String town, boolean published) {
    Citation citation = new Citation(kind, UUID.randomUUID());
    known.put(citation, new CitedSource(town, published));
    return citation;
  }

  private EvidenceCheck check(List<Citation> citations) {
    return EvidenceCheck.of(citations, c -> Optional.ofNullable(known.get(c)));
  }

  @Test
  void twoTownsOfPublishedEvidenceSuffice() {
    EvidenceCheck check =
        check(
            List.of(
                cite(CitationKind.PRACTICE, "tartu", true),
                cite(CitationKind.TRANSFER, "mechelen", true),
                cite(CitationKind.REVIEW_RESULT, "tartu", true)));
    assertTrue(check.sufficient());
    assertEquals(List.of("mechelen", "tartu"), check.towns());
    check.require();
  }

  @Test
  void oneTownIsRefusedNamingTheField() {
    EvidenceCheck check =
        check(
            List.of(
                cite(CitationKind.PRACTICE, "tartu", true),
                cite(CitationKind.INDICATOR_OUTCOME, "tartu", true)));
    assertFalse(check.sufficient());
    InsufficientEvidenceException refused =
        assertThrows(InsufficientEvidenceException.class, check::require);
    assertEquals(422, refused.status());
    assertEquals("insufficient-evidence", refused.slug());
    assertEquals("evidence", refused.extensions().get("field"));
    assertEquals(1, refused.extensions().get("townsCited"));
    assertTrue(refused.getMessage().contains("at least 2 towns"), refused.getMessage());
  }

  @Test
  void unknownAndUnpublishedCitationsAreNamedAndDoNotCountTowardsTowns() {
    Citation unknown = new Citation(CitationKind.PRACTICE, UUID.randomUUID());
    Citation draft = cite(CitationKind.PRACTICE, "delft", false);
    EvidenceCheck check =
        check(
            List.of(
                cite(CitationKind.PRACTICE, "tartu", true),
                cite(CitationKind.PRACTICE, "celje", true),
                unknown,
                draft));
    assertEquals(List.of("celje", "tartu"), check.towns(), "the draft's town is not counted");
    assertEquals(List.of(unknown), check.in(EvidenceCheck.State.UNKNOWN));
    assertEquals(List.of(draft), check.in(EvidenceCheck.State.UNPUBLISHED));
    InsufficientEvidenceException refused =
        assertThrows(InsufficientEvidenceException.class, check::require);
    assertEquals(
        List.of(Map.of("kind", "PRACTICE", "id", unknown.id().toString())),
        refused.extensions().get("unknownCitations"));
    assertEquals(
        List.of(Map.of("kind", "PRACTICE", "id", draft.id().toString())),
        refused.extensions().get("unpublishedCitations"));
    assertTrue(refused.getMessage().contains("unknown: PRACTICE " + unknown.id()));
    assertTrue(refused.getMessage().contains("not published: PRACTICE " + draft.id()));
  }

  @Test
  void noEvidenceIsRefused() {
    assertThrows(InsufficientEvidenceException.class, () -> check(List.of()).require());
  }
}
