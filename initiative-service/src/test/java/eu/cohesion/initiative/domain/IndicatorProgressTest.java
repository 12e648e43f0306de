package eu.cohesion.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.initiative.domain.IndicatorProgress.Point;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IndicatorProgressTest {

  private static final LocalDate JAN = LocalDate.of(2026, 1, 31);
  private static final LocalDate FEB = LocalDate.of(2026, 2, 28);
  private static final LocalDate MAR = LocalDate.of(2026, 3, 31);

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static IndicatorProgress higher(String baseline, String target, Point... points) {
    return IndicatorProgress.of(
        d(baseline), d(target), Direction.HIGHER_IS_BETTER, List.of(points));
  }

  private static IndicatorProgress lower(String baseline, String target, Point... points) {
    return IndicatorProgress.of(d(baseline), d(target), Direction.LOWER_IS_BETTER, List.of(points));
  }

  private static Point at(LocalDate on, String value) {
    return new Point(on, d(value));
  }

  @Test
  void withoutMeasurementsThereIsNoReadingYet() {
    IndicatorProgress progress = higher("10", "20");
    assertNull(progress.progressPercent());
    assertNull(progress.latestValue());
    assertNull(progress.latestMeasuredOn());
    assertNull(progress.trend());
    assertFalse(progress.targetMet());
  }

  @Test
  void halfWayUpIsFiftyPerCentAndTheLatestDateCountsNotTheOrderGiven() {
    IndicatorProgress progress = higher("10", "20", at(MAR, "15"), at(JAN, "12"));
    assertEquals(d("50.0"), progress.progressPercent());
    assertEquals(d("15"), progress.latestValue());
    assertEquals(MAR, progress.latestMeasuredOn());
    assertEquals(Trend.IMPROVING, progress.trend());
    assertFalse(progress.targetMet());
  }

  @Test
  void fallingIsProgressWhenLowerIsBetter() {
    IndicatorProgress progress = lower("40", "20", at(JAN, "35"), at(FEB, "25"));
    assertEquals(d("75.0"), progress.progressPercent());
    assertEquals(Trend.IMPROVING, progress.trend());
  }

  @Test
  void worseThanTheBaselineIsNegativeAndBeyondTheTargetAboveHundred() {
    assertEquals(d("-50.0"), higher("10", "20", at(JAN, "5")).progressPercent());
    assertEquals(d("150.0"), lower("40", "20", at(JAN, "10")).progressPercent());
    assertTrue(lower("40", "20", at(JAN, "10")).targetMet());
  }

  @Test
  void aNearMissIsNotMetEvenWhenThePercentRoundsToHundred() {
    IndicatorProgress progress = higher("0", "1000", at(JAN, "999.99"));
    assertEquals(d("100.0"), progress.progressPercent());
    assertFalse(progress.targetMet());
  }

  @Test
  void theTrendComparesTheLastTwoInTheIndicatorsDirection() {
    assertEquals(Trend.WORSENING, higher("0", "10", at(JAN, "5"), at(FEB, "4")).trend());
    assertEquals(Trend.WORSENING, lower("10", "0", at(JAN, "5"), at(FEB, "6")).trend());
    assertEquals(Trend.STEADY, lower("10", "0", at(JAN, "5"), at(FEB, "5.000")).trend());
    assertNull(higher("0", "10", at(JAN, "5")).trend());
  }

  @Test
  void aTargetOnTheWrongSideOfTheBaselineIsRefused() {
    assertThrows(IndicatorRuleException.class, () -> higher("10", "10"));
    assertThrows(IndicatorRuleException.class, () -> higher("10", "5"));
    assertThrows(IndicatorRuleException.class, () -> lower("10", "15"));
  }

  /** A baseline, a target beyond it in the direction, and the direction. */
  record Goal(BigDecimal baseline, BigDecimal target, Direction direction) {
    IndicatorProgress at(BigDecimal value) {
      return IndicatorProgress.of(baseline, target, direction, List.of(new Point(JAN, value)));
    }
  }

  @Provide
  Arbitrary<Goal> goals() {
    Arbitrary<BigDecimal> baseline =
        Arbitraries.bigDecimals().between(d("-100000"), d("100000")).ofScale(2);
    Arbitrary<BigDecimal> distance =
        Arbitraries.bigDecimals().between(d("0.01"), d("100000")).ofScale(2);
    return Combinators.combine(baseline, distance, Arbitraries.of(Direction.class))
        .as(
            (b, gap, direction) ->
                new Goal(
                    b,
                    direction == Direction.HIGHER_IS_BETTER ? b.add(gap) : b.subtract(gap),
                    direction));
  }

  @Provide
  Arbitrary<BigDecimal> values() {
    return Arbitraries.bigDecimals().between(d("-300000"), d("300000")).ofScale(2);
  }

  @Property
  void zeroAtTheBaseline(@ForAll("goals") Goal goal) {
    assertEquals(0, goal.at(goal.baseline()).progressPercent().signum());
    assertFalse(goal.at(goal.baseline()).targetMet());
  }

  @Property
  void hundredAndMetAtTheTarget(@ForAll("goals") Goal goal) {
    IndicatorProgress progress = goal.at(goal.target());
    assertEquals(0, d("100").compareTo(progress.progressPercent()));
    assertTrue(progress.targetMet());
  }

  /** A value better in the indicator's direction never shows less progress. */
  @Property
  void monotonicInTheBetterDirection(
      @ForAll("goals") Goal goal, @ForAll("values") BigDecimal a, @ForAll("values") BigDecimal b) {
    Assume.that(a.compareTo(b) != 0);
    BigDecimal worse = goal.direction() == Direction.HIGHER_IS_BETTER ? a.min(b) : a.max(b);
    BigDecimal better = goal.direction() == Direction.HIGHER_IS_BETTER ? a.max(b) : a.min(b);
    assertTrue(
        goal.at(better).progressPercent().compareTo(goal.at(worse).progressPercent()) >= 0,
        () -> better + " shows less progress than " + worse);
    assertTrue(!goal.at(worse).targetMet() || goal.at(better).targetMet());
  }

  /** Met exactly when the value is at or beyond the target, whatever the percent rounds to. */
  @Property
  void metExactlyAtOrBeyondTheTarget(@ForAll("goals") Goal goal, @ForAll("values") BigDecimal v) {
    int side = v.compareTo(goal.target());
    boolean beyond = goal.direction() == Direction.HIGHER_IS_BETTER ? side >= 0 : side <= 0;
    assertEquals(beyond, goal.at(v).targetMet());
  }

  /** The trend follows the sign of the change, flipped when lower is better. */
  @Property
  void trendFollowsTheDirection(
      @ForAll("goals") Goal goal,
      @ForAll("values") BigDecimal first,
      @ForAll("values") BigDecimal second) {
    Trend trend =
        IndicatorProgress.of(
                goal.baseline(),
                goal.target(),
                goal.direction(),
                List.of(new Point(FEB, second), new Point(JAN, first)))
            .trend();
    int change = second.compareTo(first);
    int better = goal.direction() == Direction.HIGHER_IS_BETTER ? change : -change;
    assertEquals(better > 0 ? Trend.IMPROVING : better < 0 ? Trend.WORSENING : Trend.STEADY, trend);
  }
}
