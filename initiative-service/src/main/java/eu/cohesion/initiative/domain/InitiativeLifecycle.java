package eu.cohesion.initiative.domain;

import static eu.cohesion.initiative.domain.InitiativeStatus.APPROVED;
import static eu.cohesion.initiative.domain.InitiativeStatus.CONCLUDED;
import static eu.cohesion.initiative.domain.InitiativeStatus.DRAFT;
import static eu.cohesion.initiative.domain.InitiativeStatus.PILOTING;
import static eu.cohesion.initiative.domain.InitiativeStatus.PROPOSED;
import static eu.cohesion.initiative.domain.InitiativeStatus.UNDER_REVIEW;
import static eu.cohesion.initiative.domain.InitiativeStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The initiative state machine: DRAFT → PROPOSED → APPROVED → PILOTING → UNDER_REVIEW → CONCLUDED,
 * and WITHDRAWN from any open state. CONCLUDED and WITHDRAWN are final.
 */
public final class InitiativeLifecycle {

  private static final Map<InitiativeStatus, Set<InitiativeStatus>> NEXT =
      new EnumMap<>(InitiativeStatus.class);

  static {
    NEXT.put(DRAFT, EnumSet.of(PROPOSED, WITHDRAWN));
    NEXT.put(PROPOSED, EnumSet.of(APPROVED, WITHDRAWN));
    NEXT.put(APPROVED, EnumSet.of(PILOTING, WITHDRAWN));
    NEXT.put(PILOTING, EnumSet.of(UNDER_REVIEW, WITHDRAWN));
    NEXT.put(UNDER_REVIEW, EnumSet.of(CONCLUDED, WITHDRAWN));
    NEXT.put(CONCLUDED, EnumSet.noneOf(InitiativeStatus.class));
    NEXT.put(WITHDRAWN, EnumSet.noneOf(InitiativeStatus.class));
  }

  private InitiativeLifecycle() {}

  /** The states an initiative may move to next, in lifecycle order; empty when final. */
  public static List<InitiativeStatus> next(InitiativeStatus from) {
    return List.copyOf(NEXT.get(from));
  }

  public static boolean allows(InitiativeStatus from, InitiativeStatus to) {
    return NEXT.get(from).contains(to);
  }

  public static boolean isFinal(InitiativeStatus status) {
    return NEXT.get(status).isEmpty();
  }
}
