package eu.cohesion.initiative.domain;

import java.util.Objects;

/** What the panel concluded when an initiative's review ended: the outcome and why. */
public record Conclusion(Outcome outcome, String text) {

  public Conclusion {
    Objects.requireNonNull(outcome, "a conclusion needs an outcome");
    text = InitiativeRules.conclusion(text);
  }
}
