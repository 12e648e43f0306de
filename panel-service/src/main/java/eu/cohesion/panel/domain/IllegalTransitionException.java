package eu.cohesion.panel.domain;

import eu.cohesion.kit.problem.RuleViolationException;
import java.util.List;
import java.util.stream.Collectors;

/** A lifecycle step the state machine does not allow; tells the caller which ones it does. */
public class IllegalTransitionException extends RuleViolationException {

  public IllegalTransitionException(PanelStatus from, PanelStatus to) {
    super("illegal-transition", "Lifecycle step not allowed", detail(from, to));
  }

  private static String detail(PanelStatus from, PanelStatus to) {
    List<PanelStatus> next = PanelLifecycle.next(from);
    String allowed =
        next.isEmpty()
            ? "none, " + from + " is final"
            : next.stream().map(Enum::name).collect(Collectors.joining(", "));
    return from + " → " + to + " is not allowed; allowed: " + allowed;
  }
}
