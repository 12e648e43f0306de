package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.EDIT_BALANCE_RULES;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.balance.BalanceRules;
import eu.cohesion.panel.domain.balance.BalanceRulesVersion;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "BalanceRules",
    description =
        "One version of the network's balance rules; every panel is measured against the latest")
public record BalanceRulesView(
    @Schema(description = "1 for the defaults, one more per change", examples = "3") int version,
    @Schema(description = "Each pillar holds at least this share of the seats", examples = "15")
        int pillarMinPercent,
    @Schema(description = "and at most this share", examples = "40") int pillarMaxPercent,
    @Schema(description = "Every population group has at least one consenting member")
        boolean everyGroupVoiced,
    @Schema(
            nullable = true,
            description =
                "Each group's share lies within this many points of the town's baseline; null:"
                    + " not checked",
            examples = "10")
        Integer baselineTolerancePercent,
    @Schema(nullable = true, description = "Smallest panel size; null: any", examples = "12")
        Integer minimumMembers,
    @Schema(description = "ISO-8601 UTC; when this version was made") Instant changedAt,
    @Schema(description = "What the caller may do with the rules")
        List<PanelAction> allowedActions) {

  static BalanceRulesView of(BalanceRulesVersion version, Actor actor) {
    BalanceRules rules = version.rules();
    return new BalanceRulesView(
        version.version(),
        rules.pillarMinPercent(),
        rules.pillarMaxPercent(),
        rules.everyGroupVoiced(),
        rules.baselineTolerancePercent(),
        rules.minimumMembers(),
        version.changedAt(),
        PanelPermissions.TABLE.allowsEverywhere(EDIT_BALANCE_RULES, actor)
            ? List.of(EDIT_BALANCE_RULES)
            : List.of());
  }
}
