package eu.cohesion.panel.domain.sortition;

import java.util.Arrays;

/**
 * A panel up to interchangeable candidates: how many seats each type ({@link CandidateTypes})
 * holds. Immutable; equal when the seat counts are.
 */
final class Composition {

  private final int[] seats;

  Composition(int[] seats) {
    this.seats = seats.clone();
  }

  /** Seats of type {@code t}. */
  int seats(int t) {
    return seats[t];
  }

  /** The number of types. */
  int types() {
    return seats.length;
  }

  /** A copy of the seat counts per type. */
  int[] toArray() {
    return seats.clone();
  }

  /** {@code Σ weights[t]·seats[t]}. */
  double weight(double[] weights) {
    double value = 0;
    for (int t = 0; t < seats.length; t++) {
      if (seats[t] != 0) {
        value += weights[t] * seats[t];
      }
    }
    return value;
  }

  /** Lexicographic order of the seat counts, type by type. */
  static int compare(Composition a, Composition b) {
    return Arrays.compare(a.seats, b.seats);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Composition c && Arrays.equals(seats, c.seats);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(seats);
  }

  @Override
  public String toString() {
    return Arrays.toString(seats);
  }
}
