package eu.cohesion.practice.domain.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The evidence rule over generated evidence (jqwik). */
class EvidenceCheckPropertiesTest {

  /** One citation as generated: its town (null: unknown) and whether it is published. */
  record Cited(CitationKind kind, String town, boolean published) {}

  @Provide
  Arbitrary<List<Cited>> evidence() {
    Arbitrary<Cited> one =
        Combinators.combine(
                Arbitraries.of(CitationKind.class),
                Arbitraries.of("tartu", "mechelen", "celje", "delft").injectNull(0.1),
                Arbitraries.of(true, true, true, false))
            .as(Cited::new);
    return one.list().ofMaxSize(8);
  }

  /** The rule, restated: sufficient exactly when all resolve, all published, >= 2 towns. */
  @Property
  void sufficientExactlyWhenEveryCitationIsPublishedAndTwoTownsAreCited(
      @ForAll("evidence") List<Cited> generated) {
    Map<Citation, CitedSource> sources = new HashMap<>();
    List<Citation> citations =
        generated.stream()
            .map(
                g -> {
                  Citation c = new Citation(g.kind(), UUID.randomUUID());
                  if (g.town() != null) {
                    sources.put(c, new CitedSource(g.town(), g.published()));
                  }
                  return c;
                })
            .toList();
    EvidenceCheck check = EvidenceCheck.of(citations, c -> Optional.ofNullable(sources.get(c)));

    boolean allPublished = generated.stream().allMatch(g -> g.town() != null && g.published());
    Set<String> towns = new HashSet<>();
    generated.stream()
        .filter(g -> g.town() != null && g.published())
        .forEach(g -> towns.add(g.town()));
    assertEquals(allPublished && towns.size() >= 2, check.sufficient());
    assertEquals(towns.size(), check.towns().size());
    assertEquals(citations.size(), check.citations().size(), "every citation is reported");
    if (!check.sufficient()) {
      assertThrows(InsufficientEvidenceException.class, check::require);
    }
  }
}
