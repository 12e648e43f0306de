package eu.cohesion.panel.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/** A membership period that ended is history: it is no longer edited, only erased on request. */
public class MemberLeftException extends RuleViolationException {

  public MemberLeftException(String doing) {
    super(
        "member-left",
        "Member has left",
        "the member has left the panel: you may no longer " + doing + "; add them again instead");
  }
}
