package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.Budget;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Budget", description = "What an initiative costs")
public record BudgetBody(
    @Schema(description = "At most two decimals", examples = "12500.00")
        @NotNull
        @DecimalMin("0")
        @Digits(integer = 12, fraction = 2)
        BigDecimal amount,
    @Schema(description = "ISO 4217 code; an unknown code is 422", examples = "EUR")
        @NotNull
        @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as EUR")
        String currency) {

  Budget toBudget() {
    return new Budget(amount, currency);
  }

  static BudgetBody of(Budget budget) {
    return budget == null ? null : new BudgetBody(budget.amount(), budget.currency());
  }
}
