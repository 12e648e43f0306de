package eu.cohesion.practice.domain;

import eu.cohesion.kit.problem.RuleViolationException;
import java.util.List;
import java.util.stream.Collectors;

/** A transfer step the state machine does not allow; tells the caller which ones it does. */
public class IllegalTransferStepException extends RuleViolationException {

  public IllegalTransferStepException(TransferStatus from, TransferStatus to) {
    super("illegal-transition", "Transfer step not allowed", detail(from, to));
  }

  private static String detail(TransferStatus from, TransferStatus to) {
    List<TransferStatus> next = TransferLifecycle.next(from);
    String allowed =
        next.isEmpty()
            ? "none, " + from + " is final"
            : next.stream().map(Enum::name).collect(Collectors.joining(", "));
    return from + " → " + to + " is not allowed; allowed: " + allowed;
  }
}
