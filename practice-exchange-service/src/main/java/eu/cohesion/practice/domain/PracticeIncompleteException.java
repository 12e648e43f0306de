package eu.cohesion.practice.domain;

import eu.cohesion.kit.problem.RuleViolationException;
import java.util.List;

/** A published practice must tell other towns at least what, why, how and with what result. */
public class PracticeIncompleteException extends RuleViolationException {

  public PracticeIncompleteException(List<String> blankFields) {
    super(
        "practice-incomplete",
        "Practice incomplete",
        "a published practice needs title, summary, context, approach and results; blank: "
            + String.join(", ", blankFields));
  }
}
