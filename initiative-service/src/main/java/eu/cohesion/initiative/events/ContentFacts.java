package eu.cohesion.initiative.events;

import eu.cohesion.initiative.domain.Budget;
import eu.cohesion.initiative.domain.InitiativeContent;
import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import java.math.BigDecimal;
import java.util.List;

/**
 * The facts about an initiative's content that other services index on: taxonomy codes and the
 * budget. Partner names, milestones and translations stay in this service.
 */
public record ContentFacts(
    String language,
    List<Theme> themes,
    List<TargetGroup> targetGroups,
    List<String> sdgTargets,
    Amount budget) {

  /** A budget as the events carry it; {@code null} when the initiative has none. */
  public record Amount(BigDecimal amount, String currency) {

    static Amount of(Budget budget) {
      return budget == null ? null : new Amount(budget.amount(), budget.currency());
    }
  }

  static ContentFacts of(InitiativeContent content) {
    return new ContentFacts(
        content.language(),
        content.themes(),
        content.targetGroups(),
        content.sdgTargets(),
        Amount.of(content.budget()));
  }
}
