package eu.cohesion.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ReviewResultsTest {

  @Test
  void meansDistributionsAndPillarsOfThreeReviews() {
    ReviewResults results =
        ReviewResults.of(
            List.of(
                sheet(Pillar.CITIZENS, 5, 4, 5, 3, 2),
                sheet(Pillar.CITIZENS, 4, 4, 5, 3, 2),
                sheet(Pillar.EXPERTISE, 2, 1, 3, 3, 5)));
    assertEquals(3, results.reviews());
    var relevance = results.criteria().get(0);
    assertEquals(Criterion.RELEVANCE, relevance.criterion());
    assertEquals(3.67, relevance.mean());
    assertEquals(List.of(0, 1, 0, 1, 1), relevance.distribution());
    assertEquals(List.of(0, 0, 3, 0, 0), results.criteria().get(3).distribution());
    assertEquals(2, results.byPillar().size());
    var citizens = results.byPillar().get(0);
    assertEquals(Pillar.CITIZENS, citizens.pillar());
    assertEquals(2, citizens.reviews());
    assertEquals(4.5, citizens.means().get(0).mean());
    var experts = results.byPillar().get(1);
    assertEquals(Pillar.EXPERTISE, experts.pillar());
    assertEquals(5.0, experts.means().get(4).mean());
  }

  @Test
  void withoutReviewsThereAreNoMeans() {
    ReviewResults results = ReviewResults.of(List.of());
    assertNull(results.criteria().get(0).mean());
    assertEquals(List.of(0, 0, 0, 0, 0), results.criteria().get(0).distribution());
    assertEquals(List.of(), results.byPillar());
  }

  @Test
  void aScoreOutsideOneToFiveIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> sheet(Pillar.CITIZENS, 0, 3, 3, 3, 3));
    assertThrows(IllegalArgumentException.class, () -> sheet(Pillar.CITIZENS, 3, 3, 3, 3, 6));
  }

  @Property
  void distributionsCountEveryReviewAndMeansStayInRange(
      @ForAll("sheets") List<ReviewResults.Sheet> sheets) {
    ReviewResults results = ReviewResults.of(sheets);
    for (var criterion : results.criteria()) {
      assertEquals(sheets.size(), criterion.distribution().stream().mapToInt(i -> i).sum());
      if (!sheets.isEmpty()) {
        assertTrue(criterion.mean() >= 1 && criterion.mean() <= 5);
        double weighted = 0;
        for (int score = 1; score <= 5; score++) {
          weighted += score * criterion.distribution().get(score - 1);
        }
        assertEquals(weighted / sheets.size(), criterion.mean(), 0.0051);
      }
    }
    assertEquals(
        sheets.size(),
        results.byPillar().stream().mapToInt(ReviewResults.PillarResult::reviews).sum());
  }

  @Provide
  Arbitrary<List<ReviewResults.Sheet>> sheets() {
    Arbitrary<Integer> score = Arbitraries.integers().between(1, 5);
    return Combinators.combine(Arbitraries.of(Pillar.class), score, score, score, score, score)
        .as((p, a, b, c, d, e) -> sheet(p, a, b, c, d, e))
        .list()
        .ofMaxSize(40);
  }

  static ReviewResults.Sheet sheet(Pillar pillar, int... scores) {
    Map<Criterion, Integer> map = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      map.put(criterion, scores[criterion.ordinal()]);
    }
    return new ReviewResults.Sheet(pillar, map);
  }
}
