package eu.cohesion.panel.domain.sortition;

/**
 * Systematic sampling of {@code k} of {@code c} members in a fixed order: with an offset {@code a}
 * drawn uniformly from {@code 0 … c−1}, member {@code j} (0-based) is chosen iff {@code ⌊(a + (j +
 * 1)·k) / c⌋ > ⌊(a + j·k) / c⌋}, i.e. iff {@code ⌊u + (j+1)k/c⌋ > ⌊u + jk/c⌋} for {@code u = a/c}.
 * Exactly {@code k} members are chosen for every offset, and each member is chosen for exactly
 * {@code k} of the {@code c} offsets: probability {@code k/c}, computed in integers without
 * rounding.
 */
public final class SystematicSampling {

  private SystematicSampling() {}

  /**
   * @param c how many members, {@code >= 1}
   * @param k how many to choose, {@code 0 <= k <= c}
   * @param offset the offset {@code a}, {@code 0 <= a < c}
   * @return the chosen members' positions, ascending
   */
  public static int[] choose(int c, int k, int offset) {
    if (c < 1 || k < 0 || k > c || offset < 0 || offset >= c) {
      throw new IllegalArgumentException(
          "need 0 <= k <= c, 0 <= offset < c; got c=" + c + " k=" + k + " offset=" + offset);
    }
    int[] chosen = new int[k];
    int m = 0;
    for (int j = 0; j < c && m < k; j++) {
      long before = Math.floorDiv(offset + (long) j * k, c);
      long after = Math.floorDiv(offset + (long) (j + 1) * k, c);
      if (after > before) {
        chosen[m++] = j;
      }
    }
    return chosen;
  }
}
