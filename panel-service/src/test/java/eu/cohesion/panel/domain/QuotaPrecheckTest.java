package eu.cohesion.panel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuotaPrecheckTest {

  private static final List<Map<String, String>> POOL =
      List.of(
          Map.of("gender", "f"),
          Map.of("gender", "f"),
          Map.of("gender", "m"),
          Map.of("gender", "m"));

  @Test
  void minimumsAboveTheSeatsConflict() {
    List<PoolQuota> quotas =
        List.of(new PoolQuota("gender", "f", 2, 2), new PoolQuota("gender", "m", 2, 2));
    assertEquals(quotas, QuotaPrecheck.conflicts(3, quotas, POOL));
  }

  @Test
  void maximumsBelowTheSeatsConflictWhenEveryValueIsCapped() {
    List<PoolQuota> quotas =
        List.of(new PoolQuota("gender", "f", 0, 1), new PoolQuota("gender", "m", 0, 1));
    assertEquals(quotas, QuotaPrecheck.conflicts(3, quotas, POOL));
    // An uncapped value could fill the rest: no obvious conflict.
    assertEquals(List.of(), QuotaPrecheck.conflicts(3, List.of(quotas.get(0)), POOL));
  }

  @Test
  void aMinimumAboveTheHoldersConflicts() {
    PoolQuota x = new PoolQuota("gender", "x", 1, 2);
    assertEquals(List.of(x), QuotaPrecheck.conflicts(2, List.of(x), POOL));
  }

  @Test
  void feasibleLookingQuotasPass() {
    List<PoolQuota> quotas =
        List.of(new PoolQuota("gender", "f", 1, 2), new PoolQuota("gender", "m", 1, 2));
    assertEquals(List.of(), QuotaPrecheck.conflicts(3, quotas, POOL));
  }
}
