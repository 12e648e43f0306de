package eu.cohesion.panel.domain.portal;

import eu.cohesion.panel.domain.balance.Disclosure;

/**
 * A count as the public portal and the open data publish it: the number from {@value
 * Disclosure#MINIMUM_PUBLIC_COUNT} on; below, {@code null} and {@code suppressed}. The portal
 * publishes seats for reuse next to other towns' figures, so it withholds every small count, 0
 * included, as the network's rule for public aggregates says (docs/open-data.md).
 *
 * @param count the number, {@code null} when suppressed
 * @param suppressed whether the number is below 5 and so withheld
 */
public record PublicCount(Integer count, boolean suppressed) {

  public PublicCount {
    if (suppressed != (count == null)) {
      throw new IllegalArgumentException("a count is either shown or suppressed");
    }
  }

  public static PublicCount of(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count is never negative: " + count);
    }
    Integer shown = Disclosure.publicCount(count);
    return new PublicCount(shown, shown == null);
  }
}
