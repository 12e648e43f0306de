package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.balance.BalanceRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeBalanceRules", description = "The whole new set of balance rules")
public record ChangeBalanceRulesRequest(
    @Schema(description = "0–25: four pillars cannot all hold more than a quarter", examples = "15")
        @NotNull
        @Min(0)
        @Max(25)
        Integer pillarMinPercent,
    @Schema(description = "25–100", examples = "40") @NotNull @Min(25) @Max(100)
        Integer pillarMaxPercent,
    @NotNull Boolean everyGroupVoiced,
    @Schema(nullable = true, description = "1–100 points; null switches the check off")
        @Min(1)
        @Max(100)
        Integer baselineTolerancePercent,
    @Schema(nullable = true, description = "1–500 seats; null switches the check off")
        @Min(1)
        @Max(BalanceRules.MAX_MINIMUM_MEMBERS)
        Integer minimumMembers) {

  /** The fields' limits above are the domain's, so a valid request always makes valid rules. */
  BalanceRules toRules() {
    return new BalanceRules(
        pillarMinPercent,
        pillarMaxPercent,
        everyGroupVoiced,
        baselineTolerancePercent,
        minimumMembers);
  }
}
