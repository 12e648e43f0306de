package eu.cohesion.practice.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/**
 * A well-formed transfer request that a rule refuses: a step without what it needs, a second open
 * transfer of the same practice to the same town.
 */
public class TransferRuleException extends RuleViolationException {

  public TransferRuleException(String slug, String title, String detail) {
    super(slug, title, detail);
  }

  public static TransferRuleException missing(TransferStatus to, String what) {
    return new TransferRuleException(
        "transfer-step-incomplete",
        "Transfer step incomplete",
        "the step to " + to + " needs " + what);
  }

  public static TransferRuleException alreadyOpen(String town, java.util.UUID existing) {
    return new TransferRuleException(
        "transfer-already-open",
        "Transfer already open",
        "town " + town + " already has an open transfer of this practice: " + existing);
  }
}
