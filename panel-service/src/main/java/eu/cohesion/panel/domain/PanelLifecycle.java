package eu.cohesion.panel.domain;

import static eu.cohesion.panel.domain.PanelStatus.ACTIVE;
import static eu.cohesion.panel.domain.PanelStatus.CLOSED;
import static eu.cohesion.panel.domain.PanelStatus.FORMING;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The panel state machine: FORMING → ACTIVE → CLOSED, and FORMING → CLOSED for a panel that never
 * got going. CLOSED is final: a town that starts again sets up a new panel, so the old one's
 * members and sessions stay its history.
 */
public final class PanelLifecycle {

  private static final Map<PanelStatus, Set<PanelStatus>> NEXT = new EnumMap<>(PanelStatus.class);

  static {
    NEXT.put(FORMING, EnumSet.of(ACTIVE, CLOSED));
    NEXT.put(ACTIVE, EnumSet.of(CLOSED));
    NEXT.put(CLOSED, EnumSet.noneOf(PanelStatus.class));
  }

  private PanelLifecycle() {}

  /** The states a panel may move to next, in lifecycle order; empty when final. */
  public static List<PanelStatus> next(PanelStatus from) {
    return List.copyOf(NEXT.get(from));
  }

  public static boolean allows(PanelStatus from, PanelStatus to) {
    return NEXT.get(from).contains(to);
  }

  public static boolean isFinal(PanelStatus status) {
    return NEXT.get(status).isEmpty();
  }
}
