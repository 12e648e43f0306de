package eu.cohesion.initiative.domain;

import static eu.cohesion.initiative.domain.Pillar.CITIZENS;
import static eu.cohesion.initiative.domain.Pillar.CIVIL_SOCIETY;
import static eu.cohesion.initiative.domain.Pillar.EXPERTISE;
import static eu.cohesion.initiative.domain.Pillar.PUBLIC_AUTHORITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quorum rule of review rounds: examples, then properties over random panels. */
class ReviewQuorumTest {

  private static final List<Pillar> PANEL_OF_EIGHT =
      List.of(
          CITIZENS,
          CITIZENS,
          CITIZENS,
          CIVIL_SOCIETY,
          CIVIL_SOCIETY,
          EXPERTISE,
          PUBLIC_AUTHORITY,
          PUBLIC_AUTHORITY);

  @ParameterizedTest(name = "{1} of {0} at share {2}")
  @CsvSource({"10, 5, 0.5", "9, 5, 0.5", "1, 1, 0.5", "3, 2, 0.5", "8, 6, 0.75", "7, 7, 1.0"})
  void theShareIsRoundedUp(int eligible, int required, double share) {
    assertEquals(required, new ReviewQuorum(share, true).required(eligible));
  }

  @Test
  void halfThePanelFromEveryPillarMeetsTheDefault() {
    var progress =
        ReviewQuorum.DEFAULT.evaluate(
            PANEL_OF_EIGHT, List.of(CITIZENS, CIVIL_SOCIETY, EXPERTISE, PUBLIC_AUTHORITY));
    assertTrue(progress.met());
    assertEquals(List.of(), progress.missing());
  }

  @Test
  void enoughReviewsWithoutAPillarDoNotMeetIt() {
    var progress =
        ReviewQuorum.DEFAULT.evaluate(
            PANEL_OF_EIGHT, List.of(CITIZENS, CITIZENS, CITIZENS, CIVIL_SOCIETY, EXPERTISE));
    assertFalse(progress.met());
    assertEquals(List.of(PUBLIC_AUTHORITY), progress.missingPillars());
    assertEquals(List.of("no review yet from the PUBLIC_AUTHORITY pillar"), progress.missing());
  }

  @Test
  void tooFewReviewsNameHowManyMore() {
    var progress = ReviewQuorum.DEFAULT.evaluate(PANEL_OF_EIGHT, List.of(EXPERTISE));
    assertFalse(progress.met());
    assertEquals(4, progress.required());
    assertEquals(
        List.of(
            "3 more review(s): 1 of 8 eligible reviewed, 4 needed",
            "no review yet from the CITIZENS pillar",
            "no review yet from the CIVIL_SOCIETY pillar",
            "no review yet from the PUBLIC_AUTHORITY pillar"),
        progress.missing());
  }

  @Test
  void aPillarAbsentFromThePanelAsksForNothing() {
    var progress =
        ReviewQuorum.DEFAULT.evaluate(
            List.of(CITIZENS, CITIZENS, EXPERTISE, EXPERTISE), List.of(CITIZENS, EXPERTISE));
    assertTrue(progress.met());
  }

  @Test
  void withoutThePillarRuleOnlyTheShareCounts() {
    var progress =
        new ReviewQuorum(0.5, false)
            .evaluate(PANEL_OF_EIGHT, List.of(CITIZENS, CITIZENS, CITIZENS, CITIZENS));
    assertTrue(progress.met());
  }

  @Test
  void aShareOutsideZeroToOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ReviewQuorum(0, true));
    assertThrows(IllegalArgumentException.class, () -> new ReviewQuorum(1.01, true));
    assertThrows(IllegalArgumentException.class, () -> new ReviewQuorum(Double.NaN, true));
  }

  @Test
  void nobodyEligibleIsNoQuorum() {
    assertFalse(ReviewQuorum.DEFAULT.evaluate(List.of(), List.of()).met());
  }

  @Property
  void metExactlyWhenEnoughReviewsAndEveryPresentPillarHeard(
      @ForAll("panels") List<Pillar> eligible,
      @ForAll("subsets") List<Boolean> reviewed,
      @ForAll @DoubleRange(min = 0.01, max = 1.0) double share) {
    List<Pillar> reviewers = reviewersOf(eligible, reviewed);
    var progress = new ReviewQuorum(share, true).evaluate(eligible, reviewers);
    boolean enough = reviewers.size() >= Math.ceil(eligible.size() * share - 1e-9);
    Set<Pillar> present = EnumSet.copyOf(eligible);
    boolean everyPillar = reviewers.containsAll(present);
    assertEquals(enough && everyPillar, progress.met());
    assertEquals(progress.met(), progress.missing().isEmpty());
  }

  @Property
  void oneMoreReviewNeverLosesTheQuorum(
      @ForAll("panels") List<Pillar> eligible, @ForAll("subsets") List<Boolean> reviewed) {
    List<Pillar> reviewers = reviewersOf(eligible, reviewed);
    if (reviewers.size() == eligible.size()) {
      return;
    }
    List<Pillar> more = new ArrayList<>(reviewers);
    more.add(eligible.get(reviewers.size()));
    boolean before = ReviewQuorum.DEFAULT.evaluate(eligible, reviewers).met();
    boolean after = ReviewQuorum.DEFAULT.evaluate(eligible, more).met();
    assertTrue(!before || after, "monotone");
  }

  @Property
  void everyoneReviewingAlwaysMeetsIt(
      @ForAll("panels") List<Pillar> eligible,
      @ForAll @DoubleRange(min = 0.01, max = 1.0) double share) {
    assertTrue(new ReviewQuorum(share, true).evaluate(eligible, eligible).met());
  }

  @Property
  void requiredIsBetweenOneAndEveryone(
      @ForAll("panels") List<Pillar> eligible,
      @ForAll @DoubleRange(min = 0.01, max = 1.0) double share) {
    int required = new ReviewQuorum(share, true).required(eligible.size());
    assertTrue(required >= 1 && required <= eligible.size());
  }

  /** The first reviewers, in panel order, of a flagged subset: a subset of the eligible. */
  private static List<Pillar> reviewersOf(List<Pillar> eligible, List<Boolean> flags) {
    List<Pillar> reviewers = new ArrayList<>();
    for (int i = 0; i < eligible.size(); i++) {
      if (i < flags.size() && flags.get(i)) {
        reviewers.add(eligible.get(i));
      }
    }
    return reviewers;
  }

  @Provide
  Arbitrary<List<Pillar>> panels() {
    return Arbitraries.of(Pillar.class).list().ofMinSize(1).ofMaxSize(30);
  }

  @Provide
  Arbitrary<List<Boolean>> subsets() {
    return Arbitraries.of(true, false).list().ofMaxSize(30);
  }
}
