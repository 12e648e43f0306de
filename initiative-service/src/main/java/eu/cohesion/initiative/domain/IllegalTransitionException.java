package eu.cohesion.initiative.domain;

import eu.cohesion.kit.problem.RuleViolationException;
import java.util.List;
import java.util.stream.Collectors;

/** A lifecycle step the state machine does not allow; tells the caller which ones it does. */
public class IllegalTransitionException extends RuleViolationException {

  public IllegalTransitionException(InitiativeStatus from, InitiativeStatus to) {
    super("illegal-transition", "Lifecycle step not allowed", detail(from, to));
  }

  private static String detail(InitiativeStatus from, InitiativeStatus to) {
    List<InitiativeStatus> next = InitiativeLifecycle.next(from);
    String allowed =
        next.isEmpty()
            ? "none, " + from + " is final"
            : next.stream().map(Enum::name).collect(Collectors.joining(", "));
    return from + " → " + to + " is not allowed; allowed: " + allowed;
  }
}
