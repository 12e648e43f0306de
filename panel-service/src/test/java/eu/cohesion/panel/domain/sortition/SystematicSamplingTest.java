package eu.cohesion.panel.domain.sortition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SystematicSamplingTest {

  @Property(tries = 300)
  void everyOffsetChoosesExactlyKAndEveryMemberIsChosenForExactlyKOffsets(
      @ForAll @IntRange(min = 1, max = 60) int c, @ForAll @IntRange(min = 0, max = 60) int seats) {
    int k = seats % (c + 1);
    int[] times = new int[c];
    for (int a = 0; a < c; a++) {
      int[] chosen = SystematicSampling.choose(c, k, a);
      assertEquals(k, chosen.length, "offset " + a);
      for (int m = 0; m < chosen.length; m++) {
        if (m > 0) {
          assertEquals(true, chosen[m] > chosen[m - 1], "ascending, distinct");
        }
        times[chosen[m]]++;
      }
    }
    // The offset is uniform over 0..c-1: inclusion probability exactly k/c for everyone.
    for (int j = 0; j < c; j++) {
      assertEquals(k, times[j], "member " + j + " of " + c + " with " + k + " seats");
    }
  }

  @Test
  void spreadsTheChosenEvenlyFromTheOffset() {
    assertArrayEquals(new int[] {0, 2, 4}, SystematicSampling.choose(6, 3, 5));
    assertArrayEquals(new int[] {1, 3, 5}, SystematicSampling.choose(6, 3, 0));
    assertArrayEquals(new int[] {0, 1, 2, 3}, SystematicSampling.choose(4, 4, 2));
    assertArrayEquals(new int[] {}, SystematicSampling.choose(4, 0, 3));
    assertArrayEquals(new int[] {2}, SystematicSampling.choose(5, 1, 2));
  }

  @Test
  void rejectsImpossibleArguments() {
    assertThrows(IllegalArgumentException.class, () -> SystematicSampling.choose(3, 4, 0));
    assertThrows(IllegalArgumentException.class, () -> SystematicSampling.choose(3, 1, 3));
    assertThrows(IllegalArgumentException.class, () -> SystematicSampling.choose(0, 0, 0));
  }

  @Test
  void aDrawIsReproducibleFromTheSeedAndFollowsThePublishedSteps() {
    // Two types: a, b, c, d, e (two seats in the first composition, one in the second) and x, y
    // (one seat, then two).
    Distribution d =
        new Distribution(
            List.of(List.of("a", "b", "c", "d", "e"), List.of("x", "y")),
            List.of(
                new WeightedComposition(List.of(2, 1), 0.25),
                new WeightedComposition(List.of(1, 2), 0.75)),
            Map.of("a", 0.35, "b", 0.35, "c", 0.35, "d", 0.35, "e", 0.35, "x", 0.875, "y", 0.875),
            "test");

    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      double r = random.nextDouble();
      // Canonical order: [1, 2] before [2, 1].
      boolean second = r >= 0.75;
      int firstSeats = second ? 2 : 1;
      int secondSeats = second ? 1 : 2;
      List<String> expected = new java.util.ArrayList<>();
      for (int j : SystematicSampling.choose(5, firstSeats, random.nextInt(5))) {
        expected.add(List.of("a", "b", "c", "d", "e").get(j));
      }
      for (int j : SystematicSampling.choose(2, secondSeats, random.nextInt(2))) {
        expected.add(List.of("x", "y").get(j));
      }
      expected.sort(null);
      assertEquals(expected, d.sample(seed), "seed " + seed);
      assertEquals(d.sample(seed), d.sample(seed));
    }
  }
}
