package eu.cohesion.panel.domain.sortition;

import java.util.List;

/**
 * No panel satisfies all quotas (with the household rule, if asked). {@link #conflicting()} names
 * an irreducible subset of the quotas: together they admit no panel of the requested size, and
 * dropping any one of them would make the rest satisfiable. It is empty when the seats cannot be
 * filled even without any quota (only possible with one person per household and fewer households
 * than seats).
 */
public class InfeasibleQuotasException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Quota> conflicting;

  public InfeasibleQuotasException(String message, List<Quota> conflicting) {
    super(message);
    this.conflicting = List.copyOf(conflicting);
  }

  /** The quotas that conflict, in the order of the problem's quota list. */
  public List<Quota> conflicting() {
    return conflicting;
  }
}
