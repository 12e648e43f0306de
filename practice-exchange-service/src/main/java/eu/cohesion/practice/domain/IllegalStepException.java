package eu.cohesion.practice.domain;

import eu.cohesion.kit.problem.RuleViolationException;
import java.util.List;
import java.util.stream.Collectors;

/** A validation step the lifecycle does not allow now; tells the caller which ones it does. */
public class IllegalStepException extends RuleViolationException {

  public IllegalStepException(PracticeStatus from, ValidationStep step) {
    super("illegal-transition", "Validation step not allowed", detail(from, step));
  }

  private static String detail(PracticeStatus from, ValidationStep step) {
    List<ValidationStep> steps = PracticeLifecycle.steps(from);
    return "a "
        + from
        + " practice cannot be "
        + step
        + "; allowed: "
        + steps.stream().map(Enum::name).collect(Collectors.joining(", "));
  }
}
