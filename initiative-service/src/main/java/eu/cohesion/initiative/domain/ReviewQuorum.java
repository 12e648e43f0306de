package eu.cohesion.initiative.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When a review round has heard enough of its panel to close: at least {@code minimumShare} of the
 * eligible reviewers reviewed (rounded up), and, when {@code everyPillar}, at least one reviewer of
 * every pillar that is present among the eligible ones. A pillar absent from the panel asks for
 * nothing: the balance rules, not the review, complain about it.
 *
 * @param minimumShare in (0, 1]; the default is one half
 */
public record ReviewQuorum(double minimumShare, boolean everyPillar) {

  public static final ReviewQuorum DEFAULT = new ReviewQuorum(0.5, true);

  public ReviewQuorum {
    if (!(minimumShare > 0 && minimumShare <= 1)) {
      throw new IllegalArgumentException("the minimum share is in (0, 1], not " + minimumShare);
    }
  }

  /** How far a round is from its quorum. */
  public record Progress(
      int eligible, int submitted, int required, List<Pillar> missingPillars, boolean met) {

    /** What is missing, in words a coordinator reads in the refusal; empty when met. */
    public List<String> missing() {
      List<String> missing = new ArrayList<>();
      if (submitted < required) {
        missing.add(
            (required - submitted)
                + " more review(s): "
                + submitted
                + " of "
                + eligible
                + " eligible reviewed, "
                + required
                + " needed");
      }
      for (Pillar pillar : missingPillars) {
        missing.add("no review yet from the " + pillar + " pillar");
      }
      return missing;
    }
  }

  /** Reviews needed of {@code eligible} reviewers: the share rounded up, and at least one. */
  public int required(int eligible) {
    if (eligible == 0) {
      return 0;
    }
    // The small epsilon keeps 0.5 × 10 at 5 despite floating point.
    return Math.max(1, (int) Math.ceil(eligible * minimumShare - 1e-9));
  }

  /**
   * @param eligiblePillars the pillar of each eligible reviewer
   * @param reviewerPillars the pillar of each reviewer who submitted (a subset of the eligible)
   */
  public Progress evaluate(Collection<Pillar> eligiblePillars, Collection<Pillar> reviewerPillars) {
    int eligible = eligiblePillars.size();
    int submitted = reviewerPillars.size();
    int required = required(eligible);
    List<Pillar> missing = new ArrayList<>();
    if (everyPillar) {
      Set<Pillar> heard =
          reviewerPillars.isEmpty()
              ? EnumSet.noneOf(Pillar.class)
              : EnumSet.copyOf(reviewerPillars);
      for (Pillar pillar : Pillar.values()) {
        if (eligiblePillars.contains(pillar) && !heard.contains(pillar)) {
          missing.add(pillar);
        }
      }
    }
    boolean met = eligible > 0 && submitted >= required && missing.isEmpty();
    return new Progress(eligible, submitted, required, List.copyOf(missing), met);
  }
}
