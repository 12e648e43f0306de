package eu.cohesion.panel.domain.balance;

import eu.cohesion.panel.domain.PopulationGroup;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The town's population as the balance compares a panel with: the share of the inhabitants each
 * population group makes up, in percent with one decimal. The groups overlap (a newly arrived
 * migrant may also live precariously), so the shares need not add up to 100; each lies within
 * 0–100. A group without a figure is not compared.
 *
 * @param source who published the figures, e.g. the town's statistics office
 * @param year the year the figures describe
 */
public record TownBaseline(Map<PopulationGroup, BigDecimal> shares, String source, Integer year) {

  public static final int SOURCE_MAX_LENGTH = 300;
  public static final int FIRST_YEAR = 1900;
  public static final TownBaseline NONE = new TownBaseline(Map.of(), null, null);

  public TownBaseline {
    EnumMap<PopulationGroup, BigDecimal> copy = new EnumMap<>(PopulationGroup.class);
    shares.forEach(
        (group, share) -> {
          if (share == null) {
            return;
          }
          if (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a population share lies between 0 and 100 %");
          }
          if (share.stripTrailingZeros().scale() > 1) {
            throw new IllegalArgumentException("a population share has at most one decimal");
          }
          copy.put(group, share.setScale(1));
        });
    shares = Collections.unmodifiableMap(copy);
    source = source == null || source.isBlank() ? null : source.strip();
    if (source != null && source.length() > SOURCE_MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a baseline's source has at most " + SOURCE_MAX_LENGTH + " characters");
    }
    if (year != null && (year < FIRST_YEAR || year > Year.now().getValue())) {
      throw new IllegalArgumentException(
          "a baseline's year lies between " + FIRST_YEAR + " and this year");
    }
    if (!shares.isEmpty() && (source == null || year == null)) {
      throw new IllegalArgumentException("population shares need their source and year");
    }
  }

  /** The share in tenths of a percent (48.5 % → 485), or {@code null} without a figure. */
  Integer tenths(PopulationGroup group) {
    BigDecimal share = shares.get(group);
    return share == null ? null : share.movePointRight(1).intValueExact();
  }
}
