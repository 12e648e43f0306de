package eu.cohesion.panel.service.balance;

import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.balance.BalanceAssessment;
import eu.cohesion.panel.domain.balance.BalanceRulesVersion;
import eu.cohesion.panel.domain.balance.TownBaseline;

/** A panel's assessment with the rules and the baseline it was measured against. */
public record AssessedPanel(
    Panel panel, BalanceAssessment assessment, BalanceRulesVersion rules, TownBaseline baseline) {}
