package eu.cohesion.panel.domain;

import eu.cohesion.kit.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The candidate pool of one panel and how it is to be drawn: quotas, seats, households. Its version
 * moves on every change of the pool or its candidates, so a draw names the exact pool it ran on and
 * at most one draw per pool version is confirmed.
 */
@Entity
@Table(name = "sortition_pool")
public class CandidatePool implements Aggregate {

  public static final int MAX_SEATS = 1000;
  public static final int MAX_QUOTAS = 200;
  public static final int MAX_ADDRESS_COLUMNS = 5;

  @Id
  @Column(name = "panel_id")
  private UUID panelId;

  @Column(name = "city_code", nullable = false, updatable = false)
  private String cityCode;

  @Column(nullable = false)
  private int seats;

  @Column(name = "one_per_household", nullable = false)
  private boolean onePerHousehold;

  @Column(name = "address_columns", nullable = false)
  private String[] addressColumns;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  private List<PoolQuota> quotas;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected CandidatePool() {}

  /** An empty pool: no candidates, no quotas, no seats. */
  public static CandidatePool of(Panel panel, Instant now) {
    CandidatePool pool = new CandidatePool();
    pool.panelId = panel.id();
    pool.cityCode = panel.cityCode();
    pool.addressColumns = new String[0];
    pool.quotas = new ArrayList<>();
    pool.updatedAt = now;
    return pool;
  }

  /**
   * Replaces how the pool is drawn. Quotas are sorted (feature, value) and unique per pair.
   *
   * @throws PoolRuleException seats out of range, duplicate quotas, bad address columns
   */
  public void configure(
      int seats,
      boolean onePerHousehold,
      List<String> addressColumns,
      List<PoolQuota> quotas,
      Instant now) {
    if (seats < 0 || seats > MAX_SEATS) {
      throw new PoolRuleException("seats must be between 0 and " + MAX_SEATS);
    }
    if (quotas.size() > MAX_QUOTAS) {
      throw new PoolRuleException("a pool has at most " + MAX_QUOTAS + " quotas");
    }
    Set<String> pairs = new HashSet<>();
    for (PoolQuota quota : quotas) {
      if (!pairs.add(quota.feature() + "\u0000" + quota.value())) {
        throw new PoolRuleException(
            "quota " + quota.feature() + "=" + quota.value() + " is given twice");
      }
    }
    List<String> columns = addressColumns == null ? List.of() : addressColumns;
    if (columns.size() > MAX_ADDRESS_COLUMNS) {
      throw new PoolRuleException(
          "at most " + MAX_ADDRESS_COLUMNS + " address columns make a household");
    }
    if (onePerHousehold && columns.isEmpty()) {
      throw new PoolRuleException(
          "one person per household needs the address columns that make a household");
    }
    this.seats = seats;
    this.onePerHousehold = onePerHousehold;
    this.addressColumns =
        columns.stream().map(CandidateFeatures::featureName).distinct().toArray(String[]::new);
    this.quotas =
        new ArrayList<>(
            quotas.stream()
                .sorted(Comparator.comparing(PoolQuota::feature).thenComparing(PoolQuota::value))
                .toList());
    touch(now);
  }

  /** A change of the pool's candidates: the pool's version moves with it. */
  public void touch(Instant now) {
    this.updatedAt = now;
  }

  @Override
  public UUID id() {
    return panelId;
  }

  @Override
  public String cityCode() {
    return cityCode;
  }

  public int seats() {
    return seats;
  }

  public boolean onePerHousehold() {
    return onePerHousehold;
  }

  public List<String> addressColumns() {
    return Arrays.asList(addressColumns);
  }

  public List<PoolQuota> quotas() {
    return List.copyOf(quotas);
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public long version() {
    return version;
  }
}
