package eu.cohesion.initiative.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Where an indicator stands: progress from the baseline toward the target in per cent (0 at the
 * baseline, 100 at the target, below 0 when worse than the baseline, above 100 beyond the target),
 * whether the target is met, the latest value and the trend of the last two measurements. Pure: the
 * numbers in, the reading out.
 *
 * @param progressPercent rounded to one decimal; {@code null} without measurements
 * @param latestValue {@code null} without measurements
 * @param latestMeasuredOn {@code null} without measurements
 * @param trend {@code null} with fewer than two measurements
 */
public record IndicatorProgress(
    BigDecimal progressPercent,
    boolean targetMet,
    BigDecimal latestValue,
    LocalDate latestMeasuredOn,
    Trend trend) {

  /** One dated value; several on one date are read in the order given. */
  public record Point(LocalDate measuredOn, BigDecimal value) {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * @param points in any order; the latest is the one with the latest date (the last given of that
   *     date)
   * @throws IllegalArgumentException when the target does not lie on the better side of the
   *     baseline
   */
  public static IndicatorProgress of(
      BigDecimal baseline, BigDecimal target, Direction direction, List<Point> points) {
    IndicatorRules.requireTargetBeyondBaseline(baseline, target, direction);
    List<Point> ordered = points.stream().sorted(Comparator.comparing(Point::measuredOn)).toList();
    if (ordered.isEmpty()) {
      return new IndicatorProgress(null, false, null, null, null);
    }
    Point latest = ordered.get(ordered.size() - 1);
    return new IndicatorProgress(
        percent(baseline, target, latest.value()),
        reached(target, direction, latest.value()),
        latest.value(),
        latest.measuredOn(),
        ordered.size() < 2 ? null : trend(direction, ordered.get(ordered.size() - 2), latest));
  }

  /**
   * The share of the way from baseline to target; the sign of target − baseline is the direction.
   */
  private static BigDecimal percent(BigDecimal baseline, BigDecimal target, BigDecimal value) {
    return value
        .subtract(baseline)
        .multiply(HUNDRED)
        .divide(target.subtract(baseline), MathContext.DECIMAL64)
        .setScale(1, RoundingMode.HALF_EVEN);
  }

  /** Compared exactly, so rounding the percentage never turns a near miss into a met target. */
  private static boolean reached(BigDecimal target, Direction direction, BigDecimal value) {
    int comparison = value.compareTo(target);
    return direction == Direction.HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
  }

  private static Trend trend(Direction direction, Point previous, Point latest) {
    int change = latest.value().compareTo(previous.value());
    if (change == 0) {
      return Trend.STEADY;
    }
    boolean up = change > 0;
    return up == (direction == Direction.HIGHER_IS_BETTER) ? Trend.IMPROVING : Trend.WORSENING;
  }
}
