package eu.cohesion.panel.domain.balance;

/** What a panel lacks; the web app words each kind in every language from its parameters. */
public enum GapKind {
  /** Fewer active seats than the rules' minimum size. */
  PANEL_TOO_SMALL,
  /** A pillar holds less than the minimum share of the seats. */
  PILLAR_BELOW_MINIMUM,
  /** A pillar holds more than the maximum share of the seats. */
  PILLAR_ABOVE_MAXIMUM,
  /** No consenting member speaks for a population group. */
  GROUP_WITHOUT_VOICE,
  /** A group's share of the seats lies below the town's baseline minus the tolerance. */
  GROUP_BELOW_BASELINE,
  /** A group's share of the seats lies above the town's baseline plus the tolerance. */
  GROUP_ABOVE_BASELINE
}
