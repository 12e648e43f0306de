package eu.cohesion.initiative.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** What an initiative costs: an amount, at most two decimals, in an ISO 4217 currency. */
@Embeddable
public class Budget {

  public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

  @Column(name = "budget_amount")
  private BigDecimal amount;

  @Column(name = "budget_currency")
  private String currency;

  protected Budget() {}

  /**
   * @throws InvalidContentException a negative or too large amount, more than two decimals, or a
   *     code that is no ISO 4217 currency
   */
  public Budget(BigDecimal amount, String currency) {
    Objects.requireNonNull(amount, "a budget needs an amount");
    Objects.requireNonNull(currency, "a budget needs a currency");
    if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
      throw new InvalidContentException("a budget is between 0 and " + MAX_AMOUNT);
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidContentException("a budget has at most two decimals");
    }
    if (!isCurrency(currency)) {
      throw new InvalidContentException(currency + " is no ISO 4217 currency code");
    }
    this.amount = amount.setScale(2);
    this.currency = currency;
  }

  private static boolean isCurrency(String code) {
    try {
      return Currency.getInstance(code).getCurrencyCode().equals(code);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Budget b && amount.compareTo(b.amount) == 0 && currency.equals(b.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount.stripTrailingZeros(), currency);
  }
}
