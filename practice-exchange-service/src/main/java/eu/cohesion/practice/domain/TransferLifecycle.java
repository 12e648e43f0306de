package eu.cohesion.practice.domain;

import static eu.cohesion.practice.domain.TransferStatus.ABANDONED;
import static eu.cohesion.practice.domain.TransferStatus.ADAPTING;
import static eu.cohesion.practice.domain.TransferStatus.INTERESTED;
import static eu.cohesion.practice.domain.TransferStatus.TRANSFERRED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transfer state machine: INTERESTED → ADAPTING (with the adopting town's initiative) →
 * TRANSFERRED (with what was changed), and ABANDONED (with why) from either open state. TRANSFERRED
 * and ABANDONED are final.
 */
public final class TransferLifecycle {

  private static final Map<TransferStatus, Set<TransferStatus>> NEXT =
      new EnumMap<>(TransferStatus.class);

  static {
    NEXT.put(INTERESTED, EnumSet.of(ADAPTING, ABANDONED));
    NEXT.put(ADAPTING, EnumSet.of(TRANSFERRED, ABANDONED));
    NEXT.put(TRANSFERRED, EnumSet.noneOf(TransferStatus.class));
    NEXT.put(ABANDONED, EnumSet.noneOf(TransferStatus.class));
  }

  private TransferLifecycle() {}

  /** The states a transfer may move to next, in lifecycle order; empty when final. */
  public static List<TransferStatus> next(TransferStatus from) {
    return List.copyOf(NEXT.get(from));
  }

  public static boolean allows(TransferStatus from, TransferStatus to) {
    return NEXT.get(from).contains(to);
  }

  /** Open transfers are the ones a town may have only one of per practice. */
  public static boolean isOpen(TransferStatus status) {
    return !NEXT.get(status).isEmpty();
  }
}
