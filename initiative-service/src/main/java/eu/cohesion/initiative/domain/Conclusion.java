package eu.cohesion.initiative.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the panel concluded when an initiative's review ended: the outcome, why, and optionally the
 * date on which the panel wants to look at it again ({@code eu.cohesion.initiative.review-due}).
 */
public record Conclusion(Outcome outcome, String text, LocalDate reviewAgainOn) {

  public Conclusion {
    Objects.requireNonNull(outcome, "a conclusion needs an outcome");
    text = InitiativeRules.conclusion(text);
  }

  public Conclusion(Outcome outcome, String text) {
    this(outcome, text, null);
  }
}
