package eu.cohesion.panel.domain.sortition;

import java.util.List;

/**
 * One panel composition and the probability with which the distribution draws it.
 *
 * @param seats how many seats each candidate type holds, in the order of {@link
 *     Distribution#types()}
 * @param probability in (0, 1]
 */
public record WeightedComposition(List<Integer> seats, double probability) {

  public WeightedComposition {
    seats = List.copyOf(seats);
    if (!(probability >= 0 && probability <= 1 + 1e-9)) {
      throw new IllegalArgumentException("probability must be in [0, 1], got " + probability);
    }
  }
}
